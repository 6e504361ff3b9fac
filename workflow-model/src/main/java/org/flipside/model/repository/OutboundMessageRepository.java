package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flipside.model.OutboundChannel;
import org.flipside.model.OutboundMessage;
import org.flipside.model.persistence.UtcInstantConverter;

/** Messages waiting for the host to accept them. */
public class OutboundMessageRepository extends EntityRepository<OutboundMessage> {

  /** PostgreSQL's and H2's (2.2 on) way to lock rows without waiting for those another transaction holds. */
  private static final String SKIP_LOCKED = " for update skip locked";
  /** A native statement binds what the mapping would store, not the Instant itself. */
  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  public OutboundMessageRepository(EntityManager em) {
    super(em, OutboundMessage.class, OutboundMessage::getId);
  }

  /**
   * Those of the messages with these ids that are still waiting, locked until the caller's transaction ends, in one
   * statement. A message another node or thread holds is skipped rather than waited for: it goes with a later round,
   * and no two deliver it at once. In no particular order.
   */
  public List<OutboundMessage> lockForDelivery(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i)
        .collect(Collectors.joining(", "));
    Query query = em.createNativeQuery("select * from fs_outbound_message where delivered_at is null and id in ("
        + placeholders + ")" + SKIP_LOCKED, OutboundMessage.class);
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    return locked(query);
  }

  /**
   * Up to {@code limit} undelivered messages whose next attempt is due, oldest first, locked until the caller's
   * transaction ends, in one statement; one another node or thread holds is skipped, as {@link #lockForDelivery} does.
   */
  public List<OutboundMessage> lockDue(Instant now, int limit) {
    return locked(em.createNativeQuery("select * from fs_outbound_message where delivered_at is null"
            + " and next_attempt_at <= ?1 order by created_at, id fetch first " + limit + " rows only" + SKIP_LOCKED,
            OutboundMessage.class)
        .setParameter(1, UTC.convertToDatabaseColumn(now)));
  }

  @SuppressWarnings("unchecked")
  private static List<OutboundMessage> locked(Query query) {
    return query.getResultList();
  }

  /** When the earliest undelivered message is due, if any is waiting. */
  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(em.createQuery(
            "select min(m.nextAttemptAt) from OutboundMessage m where m.deliveredAt is null", Instant.class)
        .getSingleResult());
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
