package org.flipside.internal.delegate;

import java.util.HashMap;
import java.util.Map;
import org.flipside.internal.delegate.concerns.EscalateConcern;
import org.flipside.internal.delegate.concerns.RecordConcernAcknowledged;
import org.flipside.internal.delegate.concerns.RecordConcernOutcome;
import org.flipside.internal.delegate.evaluation.CompileEvaluation;
import org.flipside.internal.delegate.evaluation.CompileReport;
import org.flipside.internal.delegate.evaluation.OpenBaselineSurvey;
import org.flipside.internal.delegate.evaluation.OpenFinalSurvey;
import org.flipside.internal.delegate.matching.DiscardProposal;
import org.flipside.internal.delegate.matching.ProposeMatches;
import org.flipside.internal.delegate.matching.PublishMatches;
import org.flipside.internal.delegate.recruitment.ApproveApplicants;
import org.flipside.internal.delegate.recruitment.CancelProgramme;
import org.flipside.internal.delegate.recruitment.CountApplications;
import org.flipside.internal.delegate.recruitment.ExtendApplicationWindow;
import org.flipside.internal.delegate.recruitment.OpenRecruitment;
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
import org.flipside.internal.delegate.sessions.RecordLearningAgreement;
import org.flipside.internal.delegate.sessions.RecordMissedSession;
import org.flipside.internal.delegate.sessions.RecordSession;
import org.flipside.internal.delegate.sessions.RemindArranger;
import org.flipside.internal.delegate.support.ApplySupportDecision;
import org.flipside.internal.delegate.support.ClosePairingForHostEvent;
import org.flipside.internal.delegate.support.EraseUndecidedSupportNote;
import org.flipside.internal.delegate.workshops.AssignPreReading;
import org.flipside.internal.delegate.workshops.PrepareAttendanceRegister;
import org.flipside.internal.delegate.workshops.SaveAttendance;
import org.flipside.internal.delegate.workshops.ScheduleKnowledgeSessions;
import org.flipside.internal.delegate.workshops.ScheduleWorkshops;

/**
 * The beans the BPMN's {@code ${name}} expressions resolve to. Names are the contract with the
 * diagrams: a process owner who adds a service task picks one of these.
 */
public final class DelegateBeans {

  private DelegateBeans() {}

  /** Every delegate and listener, by the name the diagrams use. */
  public static Map<String, Object> create(DelegateContext context) {
    Map<String, Object> beans = new HashMap<>();
    beans.put("stageListener", new StageListener(context));
    beans.put("recordScope", new RecordScope(context));
    beans.put("recordSponsorApproval", new RecordSponsorApproval(context));
    beans.put("openRecruitment", new OpenRecruitment(context));
    beans.put("countApplications", new CountApplications(context));
    beans.put("extendApplicationWindow", new ExtendApplicationWindow(context));
    beans.put("approveApplicants", new ApproveApplicants(context));
    beans.put("cancelProgramme", new CancelProgramme(context));
    beans.put("proposeMatches", new ProposeMatches(context));
    beans.put("discardProposal", new DiscardProposal(context));
    beans.put("publishMatches", new PublishMatches(context));
    beans.put("scheduleWorkshops", new ScheduleWorkshops(context));
    beans.put("prepareAttendanceRegister", new PrepareAttendanceRegister(context));
    beans.put("saveAttendance", new SaveAttendance(context));
    beans.put("preparePairJourney", new PreparePairJourney(context));
    beans.put("recordLearningAgreement", new RecordLearningAgreement(context));
    beans.put("recordAgreementConfirmed", new RecordAgreementConfirmed(context));
    beans.put("openSessionPeriod", new OpenSessionPeriod(context));
    beans.put("recordSession", new RecordSession(context));
    beans.put("recordMissedSession", new RecordMissedSession(context));
    beans.put("endPairingEarly", new EndPairingEarly(context));
    beans.put("completePairing", new CompletePairing(context));
    // the pair's journey: agreement changes, reminders, the manager's check-in (the task inbox stores the pulse)
    beans.put("declineAgreementChange", new DeclineAgreementChange(context));
    beans.put("remindArranger", new RemindArranger(context));
    beans.put("endPairingAfterCheckIn", new EndPairingAfterCheckIn(context));
    // evaluation: survey answers and themes are stored by the task inbox, never handed to the engine
    beans.put("openBaselineSurvey", new OpenBaselineSurvey(context));
    beans.put("openFinalSurvey", new OpenFinalSurvey(context));
    beans.put("compileEvaluation", new CompileEvaluation(context));
    beans.put("compileReport", new CompileReport(context));
    beans.put("recordRolloutDecision", new RecordRolloutDecision(context));
    beans.put("recordAmbassadorAnswer", new RecordAmbassadorAnswer(context));
    beans.put("closeProgramme", new CloseProgramme(context));
    // pair support and host events: a pairing that isn't working, leavers and role changes
    beans.put("applySupportDecision", new ApplySupportDecision(context));
    beans.put("eraseUndecidedSupportNote", new EraseUndecidedSupportNote(context));
    beans.put("closePairingForHostEvent", new ClosePairingForHostEvent(context));
    // concerns, knowledge sessions and pre-reading
    beans.put("escalateConcern", new EscalateConcern(context));
    beans.put("recordConcernAcknowledged", new RecordConcernAcknowledged(context));
    beans.put("recordConcernOutcome", new RecordConcernOutcome(context));
    beans.put("scheduleKnowledgeSessions", new ScheduleKnowledgeSessions(context));
    beans.put("assignPreReading", new AssignPreReading(context));
    return beans;
  }
}
