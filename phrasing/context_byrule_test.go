package phrasing

import "testing"

// TestContextByRule: families of false alarms read on round seven's
// held-out documents, each written as several sentences of our own, with
// a blameful twin that must still flag. The families are about what the
// words do in the sentence (an effort, a guard already built, a capability
// of a system, a label in a list), not the one wording seen.
func TestContextByRule(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		// Never-again framed as an effort or a hedge, not a promise.
		{"absolute-remediation", "We will do everything possible to ensure this never happens again.", "We will ensure this never happens again."},
		{"absolute-remediation", "I am looking very hard into making sure nothing like this happens again.", "I will make sure this never happens again."},
		{"absolute-remediation", "We are doing everything reasonable to see that this does not happen again.", "We promise this will not happen again."},
		{"absolute-remediation", "The team is working hard to keep this from happening again.", "The team will keep this from happening again."},
		{"absolute-remediation", "We will do all we can to make sure it never happens again.", "We will make sure it never happens again."},
		{"absolute-remediation", "Our engineers are working around the clock to ensure that this does not happen again.", "Our engineers will ensure that this does not happen again."},
		{"absolute-remediation", "In this post we explain what went wrong and how we plan to prevent it from happening again.", "We plan to prevent it from happening again."},
		// Never-again as the purpose of a guard already put in place.
		{"absolute-remediation", "We have fixed the alert rules and checked the other hosts to ensure this does not happen again.", "We need to ensure this does not happen again."},
		{"absolute-remediation", "We added a disk alert on every replica so this never happens again.", "This must never happen again."},
		{"absolute-remediation", "Kim has rewritten the cleanup job to make sure the issue does not occur again.", "Kim will make sure the issue does not occur again."},
		{"absolute-remediation", "We have resolved the monitoring configuration on every server to ensure this does not happen again.", "We have updated our internal processes to ensure this does not happen again."},
		// Never-again naming what the write-up describes.
		{"absolute-remediation", "Below is what happened, what caused it and what we are doing to prevent this from happening again.", "We are preventing this from happening again."},
		{"absolute-remediation", "Here is what we changed to prevent it from happening again.", "We will prevent it from happening again."},
		// Root cause as one section named in a list of what a report covers.
		{"root-cause", "This report gives an overview of the root cause of the outage, the fix, and the lessons learned.", "The root cause of the outage was the fix."},
		{"root-cause", "The write-up has a summary of the root cause, the timeline and the follow-up items.", "The root cause was the timeline."},
		// A timeline milestone in a table row, with a relative time.
		{"root-cause", "| +2 hrs | Root cause identified: tree mismatch, patch needed |", "Root cause identified: tree mismatch, patch needed."},
		{"root-cause", "| T+40m | Root cause found in the session store |", "The root cause was found in the session store."},
		// A question heading answered with several causes.
		{"root-cause", "4. What was the root cause? Several small problems stretched the outage.", "The root cause was a small problem."},
		{"root-cause", "What was the root cause? A combination of a full disk and a stale lock.", "The root cause was a full disk."},
		// A hedge in brackets, and a kind of work named.
		{"root-cause", "Root cause (preliminary): a race between the two schedulers.", "Root cause: a race between the two schedulers."},
		{"root-cause", "A root-cause fix for the lock leak landed on Tuesday.", "The root cause was the lock leak."},
		// Root cause as a modifier in a general remark.
		{"root-cause", "Different symptoms from the same root cause look like separate bugs.", "The root cause was a stale lock."},
		{"root-cause", "Incidents that share a common root cause are grouped in the tracker.", "The root cause was the tracker."},
		{"root-cause", "Two alerts fired from the same root cause and were paged twice.", "The second outage showed the exact same root cause."},
		// A capability or a state of a system, not a missed step.
		{"should-have", "If the disk had failed then, we could have been able to restore it from the snapshot.", "We could have restored it from the snapshot sooner."},
		{"should-have", "Only once the table grew did any problem become visible; before that, nothing would have been observable.", "We should have observed the problem."},
		{"should-have", "The corruption was there for months; only after the rewrite would any error have been noticeable.", "We should have noticed the error."},
		// Rest given, not punishment.
		{"punitive", "We let the night shift go to bed while Kim kept an eye on the queue.", "We should let Kim go."},
		{"punitive", "We let the Asia team go offline at 02:00 while the US team took over.", "We should let the engineer go."},
		{"punitive", "We let the on-call engineers go home at midnight.", "The engineer who ran the script should be fired."},
		// A metric neither rewarded nor punished.
		{"punitive", "Unlabelled regions are excluded, neither rewarded nor punished by the score.", "Kim should be punished for the outage."},
		// Human error named and set aside, or hedged.
		{"human-error", "While it can be put down to human error, it is wrong to focus on the individual.", "The outage was caused by human error."},
		{"human-error", "It may have been operator error, but we are still checking the logs.", "It was operator error."},
		{"human-error", "This could be put down to human error, but the interface made the wrong server easy to pick.", "It was human error, but we fixed it quickly."},
		{"human-error", "We are still looking into why the reboots happened (likely operator error).", "The reboots were caused by operator error."},
		// Miscommunication with a named party is an account.
		{"vague-factor", "Some frustrating miscommunication with the hosting provider's support dragged it out.", "Miscommunication was a factor."},
		// A five-whys heading about a thing.
		{"why-question", "### Why wasn't this noticed on the dashboard?\n\nLogging in takes a second account.", "Why wasn't this noticed on the dashboard?"},
		{"why-question", "### Why weren't the errors seen in staging?\n\nStaging had no traffic.", "### Why was the secret allowed to expire?\n\nNobody owned it."},
		// A general description of a failure mode.
		{"team-missed", "The result was rigour applied downstream of a number nobody checked.", "Nobody checked the number."},
		{"team-missed", "That was the catch block: the quiet line nobody looked at.", "Nobody looked at the catch block."},
		// A plain account of what the writer did not know, and the extent
		// of a slip told.
		{"person-failure", "The block list had that exact entry. I'd never asked what the suffix meant.", "Kim never asked for a review."},
		{"person-failure", "I'd never asked\nand the line did nothing.", "We have also never asked about it."},
		{"own-conduct", "Fortunately, I only broke a part of the app, not the entire thing.", "I was careless with the app."},
		{"own-conduct", "We only broke the staging copy, not the whole bucket.", "I have made two mistakes with the staging copy."},
		// An action naming its artifact.
		{"vague-area", "We will increase the testing time for the backup power supplies.", "We will increase the testing."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}

// TestSlipConsistency: the writer's plain account of causing an effect by
// a slip is an account, in any wording; a slip judged (careless, sloppy,
// reckless, stupid) flags whoever the subject is.
func TestSlipConsistency(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, s := range []string{
		"We'd accidentally caused this with the migration.",
		"We had accidentally caused this ourselves.",
		"I had inadvertently triggered the failover.",
		"I unknowingly triggered the restart loop.",
		"We unintentionally created a second copy of the queue.",
		"My change introduced the bug.",
	} {
		if fs := c.Check(s); len(fs) > 0 {
			t.Errorf("flags the plain account %q: %s", s, describe(fs))
		}
	}
	for _, s := range []string{
		"We carelessly deleted the staging table.",
		"My sloppy change broke the build.",
		"I was careless with the config.",
		"I stupidly ran the script on production.",
		"We recklessly pushed to main.",
		"Kim carelessly deleted the staging table.",
		"I hastily merged the change without a review.",
	} {
		if fs := c.Check(s); len(fs) == 0 {
			t.Errorf("misses the judged slip %q", s)
		}
	}
}

// TestHowWeDoBetterTitle: "How we'll do better" as the title of a part of
// the page is not a promise; the same words as a sentence are.
func TestHowWeDoBetterTitle(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, n := range []string{
		"## How we'll do better\n\nWe are adding a queue-depth alert.",
		"Contents\n\n- What happened\n- How we'll do better\n- Timeline",
	} {
		if fs := c.Check(n); hasRule(fs, "do-better") {
			t.Errorf("%q: got %s, want no do-better", n, describe(fs))
		}
	}
	for _, n := range []string{
		"We'll do better.",
		"This is how we'll do better next time, I promise.",
	} {
		if fs := c.Check(n); !hasRule(fs, "do-better") {
			t.Errorf("%q: got %s, want do-better", n, describe(fs))
		}
	}
}
