using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// The reserved event streams of this server process. A reservation lives as long as its stream; one whose stream
/// is not opened within <see cref="OpenTimeout"/> is dropped, so abandoned reservations do not pile up, and there are
/// never more than <see cref="GraphQLSseOptions.MaxReservations"/>.
/// </summary>
public sealed class SseReservations(TimeProvider time, IOptions<GraphQLSseOptions> options)
{
    /// <summary>The reference client opens its stream right after the reservation; a minute is ample.</summary>
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, SseReservation> reservations = new(StringComparer.Ordinal);

    /// <summary>A new reservation, or null when the process holds as many as it may.</summary>
    public SseReservation? Reserve()
    {
        var reservation = new SseReservation(SseStreamToken.Create(), time.GetUtcNow() + OpenTimeout);
        lock (reservations)
        {
            // Checked and added under one lock, so concurrent PUTs cannot overshoot the ceiling together.
            if (reservations.Count >= options.Value.MaxReservations)
            {
                return null;
            }

            reservations[reservation.Token] = reservation;
        }

        _ = DropUnlessOpenedAsync(reservation);
        return reservation;
    }

    /// <summary>
    /// The reservation of <paramref name="token"/>. One past its deadline and never opened is dropped here, so the
    /// answer follows the clock even before the timer that drops it has run.
    /// </summary>
    public SseReservation? Find(string token)
    {
        if (reservations.GetValueOrDefault(token) is not { } reservation)
        {
            return null;
        }

        if (!reservation.IsOpen && time.GetUtcNow() >= reservation.OpenBy)
        {
            Remove(reservation);
            return null;
        }

        return reservation;
    }

    /// <summary>Ends a reservation and its operations, and forgets its token.</summary>
    public void Remove(SseReservation reservation)
    {
        reservations.TryRemove(new KeyValuePair<string, SseReservation>(reservation.Token, reservation));
        reservation.End();
    }

    private async Task DropUnlessOpenedAsync(SseReservation reservation)
    {
        try
        {
            await Task.Delay(OpenTimeout, time, reservation.Ended);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!reservation.IsOpen)
        {
            Remove(reservation);
        }
    }
}
