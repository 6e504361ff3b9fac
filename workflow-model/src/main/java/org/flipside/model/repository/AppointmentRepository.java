package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flipside.model.Appointment;
import org.flipside.model.DeliveryRole;

/** Stores who holds which post in each programme's delivery team. */
public class AppointmentRepository extends EntityRepository<Appointment> {

  public AppointmentRepository(EntityManager em) {
    super(em, Appointment.class, Appointment::getId);
  }

  /** The programme's delivery team, by role in the order the roles are declared, then in the order appointed. */
  public List<Appointment> findByProgramme(String programmeId) {
    List<Appointment> team = new ArrayList<>(query("SELECT a FROM Appointment a WHERE a.programme.id = :programmeId"
        + " ORDER BY a.appointedAt, a.id")
        .setParameter("programmeId", programmeId)
        .getResultList());
    // the column holds the role's name, so the database would sort the roles alphabetically
    team.sort(Comparator.comparing(Appointment::getRole));
    return team;
  }

  /** The holders of one post of the programme, in the order appointed. */
  public List<Appointment> findByProgrammeAndRole(String programmeId, DeliveryRole role) {
    return query("SELECT a FROM Appointment a WHERE a.programme.id = :programmeId AND a.role = :role"
        + " ORDER BY a.appointedAt, a.id")
        .setParameter("programmeId", programmeId)
        .setParameter("role", role)
        .getResultList();
  }

  /** Every post the person holds, in any programme. */
  public List<Appointment> findByPerson(String personId) {
    return query("SELECT a FROM Appointment a WHERE a.personId = :personId ORDER BY a.appointedAt, a.id")
        .setParameter("personId", personId)
        .getResultList();
  }

  /** The person's appointment to the post in the programme, if they hold it. */
  public Optional<Appointment> find(String programmeId, DeliveryRole role, String personId) {
    return first("SELECT a FROM Appointment a WHERE a.programme.id = :programmeId AND a.role = :role"
        + " AND a.personId = :personId",
        "programmeId", programmeId, "role", role, "personId", personId);
  }

  /** Withdraws an appointment. */
  public void delete(Appointment appointment) {
    em.remove(appointment);
  }
}
