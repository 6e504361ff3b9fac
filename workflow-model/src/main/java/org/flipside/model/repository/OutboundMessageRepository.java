package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flipside.model.OutboundChannel;
import org.flipside.model.OutboundMessage;

/** Messages waiting for the host to accept them. */
public class OutboundMessageRepository extends EntityRepository<OutboundMessage> {

  public OutboundMessageRepository(EntityManager em) {
    super(em, OutboundMessage.class, OutboundMessage::getId);
  }

  /**
   * The message, locked until the caller's transaction ends, so that two nodes or threads
   * delivering at once cannot both send it.
   */
  public Optional<OutboundMessage> lockForDelivery(String id) {
    return Optional.ofNullable(em.find(OutboundMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Undelivered messages whose next attempt is due, oldest first. */
  public List<OutboundMessage> findDue(Instant now, int limit) {
    return query("select m from OutboundMessage m where m.deliveredAt is null and m.nextAttemptAt <= :now"
        + " order by m.createdAt, m.id")
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** When the earliest undelivered message is due, if any is waiting. */
  public Optional<Instant> nextAttemptAt() {
    return first(query("select m from OutboundMessage m where m.deliveredAt is null order by m.nextAttemptAt"))
        .map(OutboundMessage::getNextAttemptAt);
  }

  /** How many messages the host has not accepted yet. */
  public long countUndelivered() {
    return count("select count(m) from OutboundMessage m where m.deliveredAt is null");
  }

  /** How many messages for the channel the host has not accepted yet. */
  public long countUndelivered(OutboundChannel channel) {
    return count("select count(m) from OutboundMessage m where m.deliveredAt is null and m.channel = :channel",
        "channel", channel);
  }

  /** What waits for the host on each channel that has anything waiting. */
  public List<Backlog> backlog() {
    return em.createQuery("select m.channel, count(m), min(m.createdAt), sum(case when m.attempts > 0 then 1 else 0"
            + " end) from OutboundMessage m where m.deliveredAt is null group by m.channel", Object[].class)
        .getResultList().stream()
        .map(row -> new Backlog((OutboundChannel) row[0], ((Number) row[1]).longValue(), (Instant) row[2],
            ((Number) row[3]).longValue()))
        .toList();
  }

  /**
   * Messages for one channel that the host has not accepted yet.
   *
   * @param channel the channel
   * @param waiting how many
   * @param oldest when the oldest was queued
   * @param refused how many of them the host refused at least once
   */
  public record Backlog(OutboundChannel channel, long waiting, Instant oldest, long refused) {}
}
