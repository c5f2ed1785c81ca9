package phrasing

import "testing"

// TestOmissionFamilies: each shape of a step of care left out or of work
// graded flags under its rule, with the rewrite a team would publish (or
// none, where the words cannot be turned into a statement) and a question
// for the room; the look-alikes beside them stay quiet.
func TestOmissionFamilies(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rule, rewrite, question string }{
		{"We did not restrict the deploy keys appropriately.", "person-failure",
			"The deploy keys were not restricted appropriately.", "What made restricting the deploy keys appropriately hard at the time?"},
		{"We did not have two-factor login enabled on the account.", "person-failure",
			"Two-factor login was not enabled on the account.", "What made having two-factor login enabled hard at the time?"},
		{"We did not have a rollback plan.", "person-failure",
			"No rollback plan was in place.", "What made planning this ahead hard at the time?"},
		{"We did not rotate the credentials after the contractor left.", "person-failure",
			"The credentials were not rotated after the contractor left.", "What made rotating the credentials after the contractor left hard at the time?"},
		{"I didn't double check the target host.", "person-failure",
			"The target host was not double-checked.", "What made double-checking the target host hard at the time?"},
		{"Acme wrote this error off during the dry run.", "person-failure",
			"This error was set aside during the dry run.", setAsideQuestion},
		{"Several people saw the warning and didn't think it was a blocker.", "person-failure",
			"", setAsideQuestion},
		{"- Didn't test the migration on staging first.", "person-failure",
			"- The migration was not tested on staging first.", "What made testing the migration on staging first hard at the time?"},
		{"- Skipped the canary.", "person-failure",
			"- The canary did not happen.", "What made skipping this look safe at the time?"},
		{"Not running the config sync on all hosts.", "omission",
			"The config sync was not run on all hosts.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"We haven't tested the restore in a year.", "omission",
			"The restore has not been tested in a year.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"We weren't monitoring the replica lag.", "omission",
			"The replica lag was not being monitored.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"We have not done this for the gateway.", "omission",
			"This has not been done for the gateway.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"- Leaving the debug endpoint enabled after the test.", "omission",
			"- The debug endpoint stayed enabled after the test.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"The certificate was allowed to expire.", "care-skipped",
			"The certificate expired.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"The renewal was not added to a calendar or recorded.", "passive-miss",
			"No step in the process called for recording the renewal.", "What made recording the renewal hard to fit in at the time?"},
		{"When the primary failed, no plan was made for the failover.", "passive-miss",
			"When the primary failed, no plan was in place for the failover.", "What made this step hard to put in place at the time?"},
		{"The expiry warning from the registrar, which arrived in March, was ignored.", "passive-miss",
			"The expiry warning from the registrar, which arrived in March, did not get a response.", "What made the expiry warning from the registrar easy to miss at the time?"},
		{"There was no review of the change before it shipped.", "omission",
			"The change was not reviewed before it shipped.", "What made this step easy to skip at the time, and what would have asked for it?"},
		{"Little thought was given to the rollback.", "passive-miss",
			"The rollback got little thought.", "What made more time for this hard to find at the time?"},
		{"Not enough attention was paid to the warnings.", "passive-miss",
			"The warnings did not get enough attention.", "What made more time for this hard to find at the time?"},
		{"Logging was not comprehensive enough.", "work-graded",
			"Logging did not cover this case.", "What was missing that would have made this work easier to do well?"},
		{"Our implementation left a lot to be desired.", "work-graded",
			"Our implementation did not cover this case.", "What was missing that would have made this work easier to do well?"},
		{"The patches showed substandard quality.", "work-graded",
			"", "What was missing that would have made this work easier to do well?"},
	} {
		fs := c.Check(tc.note)
		var f *Finding
		for k := range fs {
			if fs[k].Rule == tc.rule {
				f = &fs[k]
				break
			}
		}
		if f == nil {
			t.Errorf("%s misses %q: %s", tc.rule, tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); tc.rewrite != "" && got != tc.rewrite || tc.rewrite == "" && f.Replacement != "" {
			t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
		}
		if f.Question != tc.question {
			t.Errorf("%q asks %q, want %q", tc.note, f.Question, tc.question)
		}
	}
	for _, quiet := range []string{
		"We did not enable the new search for EU customers.",
		"We did not rotate the keys because they were never exposed.",
		"We have not tested the new release yet.",
		"Bob hasn't reviewed the change.",
		"We wrote off the old hardware at year end.",
		"We got the page but didn't know which runbook applied.",
		"Not knowing the quota was shared, we raised the limit.",
		"Not reporting the version is better than reporting the wrong one.",
		"No validation is performed on the header.",
		"The disk was not large enough for the reindex.",
		"Metrics were sparse during the outage because the agent was down.",
		"The job was allowed to run until the window closed.",
		"Little time was spent in the queue.",
		"There was no escalation needed.",
		"Skipped 2 tests.",
		"The client did not verify the header, i.e. did not verify the signature.",
		"We never asked for this.",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("%q should stay quiet: %s", quiet, describe(fs))
		}
	}
}
