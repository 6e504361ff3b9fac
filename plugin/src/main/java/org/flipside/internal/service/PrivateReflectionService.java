package org.flipside.internal.service;

import java.time.Clock;
import java.util.List;
import org.flipside.api.AccessDeniedException;
import org.flipside.api.Actor;
import org.flipside.api.FlipsideException;
import org.flipside.api.NotFoundException;
import org.flipside.api.PrivateReflections;
import org.flipside.api.Reflection;
import org.flipside.api.ValidationException;
import org.flipside.internal.delegate.Repositories;
import org.flipside.internal.engine.Transactions;
import org.flipside.internal.reflection.ReflectionCipher;
import org.flipside.model.Pairing;
import org.flipside.model.PrivateReflection;

/**
 * Private reflections: encrypted before they reach the entity manager, decrypted only for their
 * author. They never pass through the engine, whose variables and history are plain text.
 */
final class PrivateReflectionService implements PrivateReflections {

  private static final int MAX_TEXT = 4000;

  private final Repositories data;
  private final Transactions transactions;
  private final ReflectionCipher cipher;
  private final Clock clock;

  /** Reflections sealed with the cipher; without one (no key from the host) every call is refused. */
  PrivateReflectionService(Repositories data, Transactions transactions, ReflectionCipher cipher, Clock clock) {
    this.data = data;
    this.transactions = transactions;
    this.cipher = cipher;
    this.clock = clock;
  }

  @Override
  public Reflection write(Actor actor, String pairingId, String text) {
    ReflectionCipher sealer = requireCipher();
    if (text == null || text.isBlank()) {
      throw ValidationException.of("text", "is required");
    }
    if (text.length() > MAX_TEXT) {
      throw ValidationException.of("text", "must be at most " + MAX_TEXT + " characters, not " + text.length());
    }
    return transactions.inTransaction(() -> {
      Pairing pairing = data.pairings().find(pairingId)
          .orElseThrow(() -> new NotFoundException("no pairing with id " + pairingId));
      if (pairing.roleOf(actor.employeeId()).isEmpty()) {
        throw new AccessDeniedException(actor.employeeId() + " may not keep reflections on pairing " + pairingId
            + ": only its partners may");
      }
      String id = PrivateReflection.newId();
      ReflectionCipher.Sealed sealed = sealer.seal(id, actor.employeeId(), text);
      PrivateReflection reflection = data.reflections().save(new PrivateReflection(id, pairing, actor.employeeId(),
          clock.instant(), sealed.keyId(), sealed.nonce(), sealed.ciphertext()));
      return new Reflection(reflection.getId(), pairingId, reflection.getWrittenAt(), text);
    });
  }

  @Override
  public List<Reflection> mine(Actor actor, String pairingId) {
    ReflectionCipher opener = requireCipher();
    return transactions.inTransaction(() -> data.reflections()
        .findByPairingAndAuthor(pairingId, actor.employeeId()).stream()
        .map(reflection -> open(opener, reflection))
        .toList());
  }

  @Override
  public Reflection read(Actor actor, String reflectionId) {
    ReflectionCipher opener = requireCipher();
    return transactions.inTransaction(() -> {
      PrivateReflection reflection = data.reflections().find(reflectionId)
          .orElseThrow(() -> new NotFoundException("no reflection with id " + reflectionId));
      if (!reflection.getAuthorId().equals(actor.employeeId())) {
        throw new AccessDeniedException("reflection " + reflectionId + " is private to its author; "
            + actor.employeeId() + " may not read it, whatever their role");
      }
      return open(opener, reflection);
    });
  }

  private static Reflection open(ReflectionCipher opener, PrivateReflection reflection) {
    String text = opener.open(reflection.getId(), reflection.getAuthorId(), new ReflectionCipher.Sealed(
        reflection.getKeyId(), reflection.getNonce(), reflection.getCiphertext()));
    return new Reflection(reflection.getId(), reflection.getPairing().getId(), reflection.getWrittenAt(), text);
  }

  private ReflectionCipher requireCipher() {
    if (cipher == null) {
      throw new FlipsideException("private reflections are switched off: the host supplies no key for them "
          + "(FlipsideSettings.reflectionKey, or reflections.keyFile in the OSGi configuration org.flipside)");
    }
    return cipher;
  }
}
