package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner's private reflection on their mentoring, as ciphertext only. The model never sees the
 * text: the plugin encrypts it under a key the host keeps outside Flipside's database, and only the
 * author may have it decrypted.
 */
@Entity
@Table(name = "fs_private_reflection")
public class PrivateReflection {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pairing_id", nullable = false)
  private Pairing pairing;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "key_id", nullable = false)
  private String keyId;

  @Column(name = "nonce", nullable = false)
  private String nonce;

  @Column(name = "ciphertext", nullable = false)
  private String ciphertext;

  /** For JPA only. */
  protected PrivateReflection() {
  }

  /**
   * A reflection whose id was chosen before encryption, so the ciphertext can be bound to it.
   *
   * @param nonce the AES-GCM nonce, base64
   * @param ciphertext the encrypted text with its authentication tag, base64
   */
  public PrivateReflection(String id, Pairing pairing, String authorId, Instant writtenAt, String keyId,
      String nonce, String ciphertext) {
    this.id = Objects.requireNonNull(id, "id");
    this.pairing = Objects.requireNonNull(pairing, "pairing");
    this.authorId = Objects.requireNonNull(authorId, "authorId");
    this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.nonce = Objects.requireNonNull(nonce, "nonce");
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext");
  }

  /** A fresh id for a reflection about to be encrypted. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  public String getId() {
    return id;
  }

  public Pairing getPairing() {
    return pairing;
  }

  public String getAuthorId() {
    return authorId;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getKeyId() {
    return keyId;
  }

  public String getNonce() {
    return nonce;
  }

  public String getCiphertext() {
    return ciphertext;
  }
}
