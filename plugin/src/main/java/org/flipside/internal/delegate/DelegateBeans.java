package org.flipside.internal.delegate;

import java.util.HashMap;
import java.util.Map;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.flipside.internal.delegate.concerns.EscalateConcern;
import org.flipside.internal.delegate.concerns.RecordConcernAcknowledged;
import org.flipside.internal.delegate.concerns.RecordConcernOutcome;
import org.flipside.internal.delegate.evaluation.CloseLateFinalSurvey;
import org.flipside.internal.delegate.evaluation.AskBaselineRespondents;
import org.flipside.internal.delegate.evaluation.AskFinalRespondents;
import org.flipside.internal.delegate.evaluation.CloseSurvey;
import org.flipside.internal.delegate.evaluation.CompileEvaluation;
import org.flipside.internal.delegate.evaluation.CompileReport;
import org.flipside.internal.delegate.evaluation.OpenBaselineSurvey;
import org.flipside.internal.delegate.evaluation.OpenFinalSurvey;
import org.flipside.internal.delegate.evaluation.OpenLateFinalSurvey;
import org.flipside.internal.delegate.matching.DiscardProposal;
import org.flipside.internal.delegate.matching.ProposeMatches;
import org.flipside.internal.delegate.matching.PublishMatches;
import org.flipside.internal.delegate.notification.Notify;
import org.flipside.internal.delegate.recruitment.ApproveApplicants;
import org.flipside.internal.delegate.recruitment.CancelProgramme;
import org.flipside.internal.delegate.recruitment.CloseInvitation;
import org.flipside.internal.delegate.recruitment.CountApplications;
import org.flipside.internal.delegate.recruitment.ExtendApplicationWindow;
import org.flipside.internal.delegate.recruitment.OfferWaitlistedPlaces;
import org.flipside.internal.delegate.recruitment.BriefCommunicationsContacts;
import org.flipside.internal.delegate.recruitment.OpenRecruitment;
import org.flipside.internal.delegate.recruitment.RecordPlaceAnswer;
import org.flipside.internal.delegate.recruitment.SendInvitations;
import org.flipside.internal.delegate.rollout.CloseProgramme;
import org.flipside.internal.delegate.rollout.RecordAmbassadorAnswer;
import org.flipside.internal.delegate.rollout.RecordRolloutDecision;
import org.flipside.internal.delegate.scoping.RecordScope;
import org.flipside.internal.delegate.scoping.RecordSponsorApproval;
import org.flipside.internal.delegate.scoping.StageListener;
import org.flipside.internal.delegate.sessions.CompletePairing;
import org.flipside.internal.delegate.sessions.DeclineAgreementChange;
import org.flipside.internal.delegate.sessions.EndPairingAfterCheckIn;
import org.flipside.internal.delegate.sessions.EndPairingEarly;
import org.flipside.internal.delegate.sessions.OpenSessionPeriod;
import org.flipside.internal.delegate.sessions.PreparePairJourney;
import org.flipside.internal.delegate.sessions.RecordAgreementConfirmed;
import org.flipside.internal.delegate.sessions.RecordMissedSession;
import org.flipside.internal.delegate.sessions.RecordSession;
import org.flipside.internal.delegate.sessions.RemindArranger;
import org.flipside.internal.delegate.support.ApplySupportDecision;
import org.flipside.internal.delegate.support.ClosePairingForHostEvent;
import org.flipside.internal.delegate.support.EraseUndecidedSupportNote;
import org.flipside.internal.delegate.coaching.EraseUnansweredCoachingNote;
import org.flipside.internal.delegate.workshops.AssignPreReading;
import org.flipside.internal.delegate.workshops.SaveAttendance;
import org.flipside.internal.delegate.workshops.ScheduleKnowledgeSessions;
import org.flipside.internal.delegate.workshops.ScheduleWorkshops;

/**
 * The beans the BPMN's {@code ${name}} expressions resolve to: one for each of the vocabulary's
 * {@link BuildingBlocks}, under its name.
 */
public final class DelegateBeans {

  private DelegateBeans() {}

  /** Every delegate and listener, by the name the diagrams use. */
  public static Map<String, Object> create(DelegateContext context) {
    Map<String, Object> beans = new HashMap<>();
    beans.put(BuildingBlocks.STAGE_LISTENER.name(), new StageListener(context));
    beans.put(BuildingBlocks.RECORD_SCOPE.name(), new RecordScope(context));
    beans.put(BuildingBlocks.RECORD_SPONSOR_APPROVAL.name(), new RecordSponsorApproval(context));
    beans.put(BuildingBlocks.OPEN_RECRUITMENT.name(), new OpenRecruitment(context));
    beans.put(BuildingBlocks.SEND_INVITATIONS.name(), new SendInvitations());
    beans.put(BuildingBlocks.CLOSE_INVITATION.name(), new CloseInvitation(context));
    beans.put(BuildingBlocks.COUNT_APPLICATIONS.name(), new CountApplications(context));
    beans.put(BuildingBlocks.EXTEND_APPLICATION_WINDOW.name(), new ExtendApplicationWindow(context));
    beans.put(BuildingBlocks.APPROVE_APPLICANTS.name(), new ApproveApplicants(context));
    beans.put(BuildingBlocks.CANCEL_PROGRAMME.name(), new CancelProgramme(context));
    beans.put(BuildingBlocks.PROPOSE_MATCHES.name(), new ProposeMatches(context));
    beans.put(BuildingBlocks.DISCARD_PROPOSAL.name(), new DiscardProposal(context));
    beans.put(BuildingBlocks.PUBLISH_MATCHES.name(), new PublishMatches(context));
    beans.put(BuildingBlocks.SCHEDULE_WORKSHOPS.name(), new ScheduleWorkshops(context));
    beans.put(BuildingBlocks.SAVE_ATTENDANCE.name(), new SaveAttendance(context));
    beans.put(BuildingBlocks.PREPARE_PAIR_JOURNEY.name(), new PreparePairJourney(context));
    beans.put(BuildingBlocks.RECORD_AGREEMENT_CONFIRMED.name(), new RecordAgreementConfirmed(context));
    beans.put(BuildingBlocks.OPEN_SESSION_PERIOD.name(), new OpenSessionPeriod(context));
    beans.put(BuildingBlocks.RECORD_SESSION.name(), new RecordSession(context));
    beans.put(BuildingBlocks.RECORD_MISSED_SESSION.name(), new RecordMissedSession(context));
    beans.put(BuildingBlocks.END_PAIRING_EARLY.name(), new EndPairingEarly(context));
    beans.put(BuildingBlocks.COMPLETE_PAIRING.name(), new CompletePairing(context));
    // the pair's journey: agreement changes, reminders, the manager's check-in (the task inbox stores the pulse)
    beans.put(BuildingBlocks.DECLINE_AGREEMENT_CHANGE.name(), new DeclineAgreementChange(context));
    beans.put(BuildingBlocks.REMIND_ARRANGER.name(), new RemindArranger(context));
    beans.put(BuildingBlocks.END_PAIRING_AFTER_CHECK_IN.name(), new EndPairingAfterCheckIn(context));
    // evaluation: survey answers and themes are stored by the task inbox, never handed to the engine
    beans.put(BuildingBlocks.OPEN_BASELINE_SURVEY.name(), new OpenBaselineSurvey(context));
    beans.put(BuildingBlocks.ASK_BASELINE_RESPONDENTS.name(), new AskBaselineRespondents());
    beans.put(BuildingBlocks.OPEN_FINAL_SURVEY.name(), new OpenFinalSurvey(context));
    beans.put(BuildingBlocks.ASK_FINAL_RESPONDENTS.name(), new AskFinalRespondents());
    beans.put(BuildingBlocks.CLOSE_SURVEY.name(), new CloseSurvey(context));
    beans.put(BuildingBlocks.COMPILE_EVALUATION.name(), new CompileEvaluation(context));
    beans.put(BuildingBlocks.COMPILE_REPORT.name(), new CompileReport(context));
    beans.put(BuildingBlocks.RECORD_ROLLOUT_DECISION.name(), new RecordRolloutDecision(context));
    beans.put(BuildingBlocks.RECORD_AMBASSADOR_ANSWER.name(), new RecordAmbassadorAnswer(context));
    beans.put(BuildingBlocks.OFFER_WAITLISTED_PLACES.name(), new OfferWaitlistedPlaces(context));
    beans.put(BuildingBlocks.BRIEF_COMMUNICATIONS_CONTACTS.name(), new BriefCommunicationsContacts(context));
    beans.put(BuildingBlocks.OPEN_LATE_FINAL_SURVEY.name(), new OpenLateFinalSurvey(context));
    beans.put(BuildingBlocks.CLOSE_LATE_FINAL_SURVEY.name(), new CloseLateFinalSurvey(context));
    beans.put(BuildingBlocks.RECORD_PLACE_ANSWER.name(), new RecordPlaceAnswer(context));
    beans.put(BuildingBlocks.CLOSE_PROGRAMME.name(), new CloseProgramme(context));
    // pair support and host events: a pairing that isn't working, leavers and role changes
    beans.put(BuildingBlocks.APPLY_SUPPORT_DECISION.name(), new ApplySupportDecision(context));
    beans.put(BuildingBlocks.ERASE_UNDECIDED_SUPPORT_NOTE.name(), new EraseUndecidedSupportNote(context));
    beans.put(BuildingBlocks.CLOSE_PAIRING_FOR_HOST_EVENT.name(), new ClosePairingForHostEvent(context));
    // coaching requests
    beans.put(BuildingBlocks.ERASE_UNANSWERED_COACHING_NOTE.name(), new EraseUnansweredCoachingNote(context));
    // concerns, knowledge sessions and pre-reading
    beans.put(BuildingBlocks.ESCALATE_CONCERN.name(), new EscalateConcern(context));
    beans.put(BuildingBlocks.RECORD_CONCERN_ACKNOWLEDGED.name(), new RecordConcernAcknowledged(context));
    beans.put(BuildingBlocks.RECORD_CONCERN_OUTCOME.name(), new RecordConcernOutcome(context));
    beans.put(BuildingBlocks.SCHEDULE_KNOWLEDGE_SESSIONS.name(), new ScheduleKnowledgeSessions(context));
    beans.put(BuildingBlocks.ASSIGN_PRE_READING.name(), new AssignPreReading(context));
    // a process owner's own steps
    beans.put(BuildingBlocks.NOTIFY.name(), new Notify(context));
    return beans;
  }
}
