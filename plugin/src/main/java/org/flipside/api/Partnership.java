package org.flipside.api;

/**
 * A pair an employee takes part in.
 *
 * @param pairingId the pairing's id
 * @param programmeId the programme it belongs to
 * @param role the employee's side
 * @param partnerId the other partner's employee id
 * @param partnerName the other partner's name, from the host directory
 * @param status whether the pair meets now, completed or ended early
 * @since 1.0
 */
public record Partnership(
    String pairingId, String programmeId, PartnerRole role, String partnerId, String partnerName,
    PartnershipStatus status) {}
