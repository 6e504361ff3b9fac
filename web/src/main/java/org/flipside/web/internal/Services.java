package org.flipside.web.internal;

import org.flipside.api.Concerns;
import org.flipside.api.LearningAgreements;
import org.flipside.api.MatchReview;
import org.flipside.api.Operations;
import org.flipside.api.PairSupport;
import org.flipside.api.PrivateReflections;
import org.flipside.api.ProcessLibrary;
import org.flipside.api.ProgrammeEvents;
import org.flipside.api.ProgrammeService;
import org.flipside.api.Reports;
import org.flipside.api.TaskInbox;

/** The parts of Flipside's public API the console answers from. */
record Services(TaskInbox inbox, ProgrammeService programmes, MatchReview matchReview, Reports reports,
    ProcessLibrary library, LearningAgreements agreements, PrivateReflections reflections, Concerns concerns,
    PairSupport pairSupport, ProgrammeEvents events, Operations operations) {}
