package phrasing

import "testing"

// TestPassiveMiss: a duty missed with no one named flags, with a rewrite
// that makes the signal or the missing step the subject; the facts that
// look like it (a system as the agent, a reason given, a miss denied, work
// still in progress, a rule for the future) stay quiet.
func TestPassiveMiss(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rewrite, question string }{
		{"The page went unanswered for an hour.", "The page did not get a response for an hour.",
			"What made the page easy to miss at the time?"},
		{"The certificate expiry was overlooked.", "The certificate expiry did not get attention.",
			"What made the certificate expiry easy to miss at the time?"},
		{"The restore procedure was never tested.", "No step in the process called for testing the restore procedure.",
			"What made testing the restore procedure hard to fit in at the time?"},
		{"However, the staging hub was not tested.", "However, no step in the process called for testing the staging hub.",
			"What made testing the staging hub hard to fit in at the time?"},
		{"No rollback plan was made.", "No rollback plan was in place.",
			"What made this step hard to put in place at the time?"},
		{"Both pages were missed overnight.", "Both pages did not get a response overnight.",
			"What made both pages easy to miss at the time?"},
		{"The review step was skipped.", "The review step did not happen.",
			"What made skipping the review step look safe at the time?"},
		{"The page was acknowledged but ignored.", "The page was acknowledged but did not get a response.",
			"What made the page easy to miss at the time?"},
		{"The alert fired and was ignored.", "The alert fired and did not get a response.",
			"What made the alert easy to miss at the time?"},
		{"The maintenance was not communicated to customers.", "No step in the process called for communicating the maintenance to customers.",
			"What made communicating the maintenance hard to fit in at the time?"},
		{"The bastion host was left unpatched for months.", "The bastion host did not get attention for months.",
			"What made the bastion host easy to miss at the time?"},
		{"The ticket was never followed up.", "No step in the process called for following up the ticket.",
			"What made following up the ticket hard to fit in at the time?"},
	} {
		fs := c.Check(tc.note)
		if !hasRule(fs, "passive-miss") {
			t.Errorf("passive-miss misses %q: %s", tc.note, describe(fs))
			continue
		}
		for _, f := range fs {
			if f.Rule != "passive-miss" {
				continue
			}
			if got := f.Apply(tc.note); got != tc.rewrite {
				t.Errorf("%q rewrites to %q, want %q", tc.note, got, tc.rewrite)
			}
			if f.Question != tc.question {
				t.Errorf("%q asks %q, want %q", tc.note, f.Question, tc.question)
			}
		}
	}
	for _, flagged := range []string{
		"Load testing was not done before the launch.",
		"No manual sanity checks were recommended.",
		"The alerts were not responded to for 30 minutes.",
		"The alert was acknowledged but not acted upon.",
		"The page was not acknowledged for 40 minutes.",
	} {
		if fs := c.Check(flagged); !hasRule(fs, "passive-miss") {
			t.Errorf("passive-miss misses %q: %s", flagged, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The request was ignored by the load balancer.",
		"It was missed by the health check.",
		"The packet was dropped.",
		"The job was never scheduled by the cron daemon.",
		"No data was lost.",
		"No alerts were missed during the drill.",
		"Nothing was overlooked in the second pass.",
		"The alert was missed because it went to an archived channel.",
		"Failed deployments were missed among too many noisy alerts.",
		"Some details got missed in the scrollback.",
		"The fix has not been tested yet.",
		"The outage went unnoticed for 40 minutes.",
		"If a page is missed, the secondary is paged.",
		"Make sure no alert goes unanswered.",
		"Unknown fields are ignored.",
		"The caller was not validated, so anyone could withdraw.",
		"Several blocks were missed while the validator restarted.",
		"Was the advisory read before Friday?",
		"09:14 page not acknowledged, escalated to the secondary",
		"No changes were made to the primary.",
		"This was never done before in production.",
		"Alerts were ignored during the maintenance window, as planned.",
		"The same check was not performed in the withdraw path.",
		"The plan was not made public until Monday.",
		"No tests were run because CI was down.",
		"The page was not acknowledged within five minutes, so it escalated.",
		"The edge case was not addressed in the contract.",
		"The limit was not documented by the provider.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "passive-miss") {
			t.Errorf("passive-miss flags %q: %s", quiet, describe(fs))
		}
	}
}
