using GraphQL;
using GraphQL.Transport;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Tests.Server.Transports.Subscriptions;

/// <summary>One execution per event, operation and role; never shared across roles, operations or errors; bounded.</summary>
public sealed class SharedEventResultsTests
{
    private static readonly object Notice = new();

    [Fact]
    public async Task SameEventOperationAndRole_RunOnce_AndShareTheResult()
    {
        var cache = new SharedEventResults();
        var runs = 0;

        var first = await cache.GetOrExecuteAsync(Notice, "op", Role.Editor, () => Run(ref runs));
        var second = await cache.GetOrExecuteAsync(Notice, "op", Role.Editor, () => Run(ref runs));

        Assert.Equal(1, runs);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task TryGet_GivesOnlyAFinishedRunWithoutErrors_ForTheSameEventOperationAndRole()
    {
        var cache = new SharedEventResults();
        var release = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var failed = new object();

        var running = cache.GetOrExecuteAsync(Notice, "op", Role.Editor, () => new ValueTask<ExecutionResult>(release.Task)).AsTask();
        Assert.False(cache.TryGet(Notice, "op", Role.Editor, out _));
        release.SetResult(new ExecutionResult { Executed = true });
        var result = await running;
        await cache.GetOrExecuteAsync(failed, "op", Role.Editor,
            () => new ValueTask<ExecutionResult>(new ExecutionResult { Executed = true, Errors = [new ExecutionError("no")] }));

        Assert.True(cache.TryGet(Notice, "op", Role.Editor, out var shared));
        Assert.Same(result, shared);
        Assert.False(cache.TryGet(Notice, "op", null, out _));
        Assert.False(cache.TryGet(Notice, "other", Role.Editor, out _));
        Assert.False(cache.TryGet(failed, "op", Role.Editor, out _));
    }

    [Fact]
    public async Task ConcurrentSubscribers_WaitForTheOneRun()
    {
        var cache = new SharedEventResults();
        var release = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;

        var waiting = Enumerable.Range(0, 10)
            .Select(_ => cache.GetOrExecuteAsync(Notice, "op", null, () =>
            {
                Interlocked.Increment(ref runs);
                return new ValueTask<ExecutionResult>(release.Task);
            }).AsTask())
            .ToArray();
        release.SetResult(new ExecutionResult { Executed = true });
        var results = await Task.WhenAll(waiting);

        Assert.Equal(1, runs);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task DifferentRoleOperationOrEvent_RunTheirOwn()
    {
        var cache = new SharedEventResults();
        var runs = 0;

        var editor = await cache.GetOrExecuteAsync(Notice, "op", Role.Editor, () => Run(ref runs));
        var anonymous = await cache.GetOrExecuteAsync(Notice, "op", null, () => Run(ref runs));
        var publisher = await cache.GetOrExecuteAsync(Notice, "op", Role.Publisher, () => Run(ref runs));
        var otherOperation = await cache.GetOrExecuteAsync(Notice, "other", Role.Editor, () => Run(ref runs));
        var otherEvent = await cache.GetOrExecuteAsync(new object(), "op", Role.Editor, () => Run(ref runs));

        Assert.Equal(5, runs);
        Assert.Equal(5, new[] { editor, anonymous, publisher, otherOperation, otherEvent }.Distinct().Count());
    }

    [Fact]
    public async Task ResultWithErrors_IsNotShared()
    {
        var cache = new SharedEventResults();
        var runs = 0;
        ValueTask<ExecutionResult> Failing()
        {
            runs++;
            return new ValueTask<ExecutionResult>(new ExecutionResult { Executed = true, Errors = [new ExecutionError("no")] });
        }

        var first = await cache.GetOrExecuteAsync(Notice, "op", null, Failing);
        var second = await cache.GetOrExecuteAsync(Notice, "op", null, Failing);

        Assert.Equal(2, runs);
        Assert.NotSame(first, second);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Cache_KeepsOnlyTheLatestEntries()
    {
        var cache = new SharedEventResults(capacity: 3);
        var runs = 0;
        var events = Enumerable.Range(0, 5).Select(_ => new object()).ToArray();
        foreach (var notice in events)
        {
            await cache.GetOrExecuteAsync(notice, "op", null, () => Run(ref runs));
        }

        await cache.GetOrExecuteAsync(events[^1], "op", null, () => Run(ref runs));
        Assert.Equal(5, runs);
        await cache.GetOrExecuteAsync(events[0], "op", null, () => Run(ref runs));

        Assert.Equal(6, runs);
        Assert.True(cache.Count <= 3);
    }

    [Fact]
    public void OperationKey_DiffersByVariablesAndName_AndIgnoresVariableOrder()
    {
        const string Query = "subscription($a: Boolean) { standardChanged { cursor } }";
        string? Key(string? name, Inputs? variables) => OperationKey.Of(new GraphQLRequest { Query = Query, OperationName = name, Variables = variables });

        var ab = Key(null, new Inputs(new Dictionary<string, object?> { ["a"] = true, ["b"] = 1 }));
        var ba = Key(null, new Inputs(new Dictionary<string, object?> { ["b"] = 1, ["a"] = true }));
        var other = Key(null, new Inputs(new Dictionary<string, object?> { ["a"] = false, ["b"] = 1 }));
        var textOne = Key(null, new Inputs(new Dictionary<string, object?> { ["a"] = true, ["b"] = "1" }));
        var named = Key("N", new Inputs(new Dictionary<string, object?> { ["a"] = true, ["b"] = 1 }));

        Assert.NotNull(ab);
        Assert.Equal(ab, ba);
        Assert.Equal(4, new[] { ab, other, textOne, named }.Distinct().Count());
    }

    private static ValueTask<ExecutionResult> Run(ref int runs)
    {
        runs++;
        return new ValueTask<ExecutionResult>(new ExecutionResult { Executed = true });
    }
}
