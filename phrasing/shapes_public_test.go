package phrasing

import (
	"strings"
	"testing"
)

// TestShapesFromPublicApologies: shapes that public postmortems use and
// the rules missed or misread, each in several wordings of our own: a
// past counterfactual with an adverb after "had", the incident judged as
// one that should not have happened, a rollout graded as too fast, the
// team judging itself in an apology, one cause traced; and their plain
// neighbours, which stay quiet.
func TestShapesFromPublicApologies(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	expectRule(t, c, "should-have",
		[]string{
			"If we had instead rolled out to a smaller share of sites, we would have caught it.",
			"Had we instead staged the migration, one host would have shown it.",
			"If Kim had only waited for the canary, the pool would have held.",
			"It shouldn't have happened at all.",
			"The outage should never have lasted as long as it did.",
			"That should not have happened, and here is why it did.",
		},
		[]string{
			"If we had only a few minutes of logs, the search was hopeless.",
			"The retry queue should have drained by itself.",
			"The failover should not have taken more than a minute, and it did not.",
			"We could have brought every service up at once, but we believe every disk must be checked first.",
		})
	expectRule(t, c, "slow-response",
		[]string{
			"We rolled out to every site too quickly.",
			"3) We pushed the change to all regions too fast",
			"The on-call restarted the primary too early.",
		},
		[]string{
			"The cache entries expired too early.",
			"We won't ship the next version too early.",
			"It all happened too quickly to react.",
		})
	expectRule(t, c, "own-conduct",
		[]string{
			"We fell short of our promise to you.",
			"We have fallen short of the trust you placed in us.",
			"We are failing our customers, and that has to change.",
			"This is the second time that we're failing our users this month.",
		},
		[]string{
			"The payment service fell short of its latency target.",
			"The checks are failing our builds.",
		})
	expectRule(t, c, "cause-claim",
		[]string{"We traced the cause to a loose fibre patch.", "The team traced the cause to the new release."},
		[]string{"We traced the fault to a loose fibre patch.", "We have not yet traced the cause to any one change."})
}

// TestPlainNeighboursStayQuiet: the wordings beside those shapes that
// describe things rather than judge people stay quiet.
func TestPlainNeighboursStayQuiet(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	expectRule(t, c, "passive-miss",
		[]string{"The alerts went unacknowledged.", "The alert was acknowledged but not acted upon."},
		[]string{
			"A paging misconfiguration caused the alerts to go unacknowledged.",
			"The bug was caused by a slight and overlooked difference between the hosts.",
		})
	expectRule(t, c, "handled-poorly",
		[]string{"The team did not respond in a timely manner.", "The incident was not communicated in a timely manner."},
		[]string{"Our authentication services were still not responding in a timely manner.", "The API did not respond in a timely fashion."})
	expectRule(t, c, "single-cause",
		[]string{"The underlying cause was a full disk."},
		[]string{"The underlying cause is related to spam scanning.", "The real cause seems to be linked to the new proxy."})
	expectRule(t, c, "absolute-remediation",
		[]string{"We have taken steps to ensure this does not happen again.", "We will make sure this never happens again."},
		[]string{
			"Here is what happened and what actions we are taking to prevent this from happening again.",
			"Below are the steps we are taking to prevent this from happening again.",
			"We are looking to introduce alternative routes into our network to ensure that this cannot happen again.",
			"To prevent this from happening again, we have:",
		})
}

// TestWhyQuestionNamesItsStep: a why-question's suggestion and question
// name the step it asks about, not a dashboard it never mentioned.
func TestWhyQuestionNamesItsStep(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for note, step := range map[string]string{
		"Why didn't you check the backup logs?":  "checking the backup logs",
		"Why didn't Kim escalate to the vendor?": "escalating to the vendor",
		"Why didn't the on-call page the DBA?":   "paging the DBA",
	} {
		got := findingOf(c.Check(note), "why-question")
		if got == nil {
			t.Errorf("%q: no why-question finding", note)
			continue
		}
		want := "What made " + step + " hard at the time?"
		if got.Question != want || !strings.Contains(got.Suggestion, want) {
			t.Errorf("%q: question %q, suggestion %q; want %q", note, got.Question, got.Suggestion, want)
		}
	}
}

// TestCausesNamedAsFound: one cause stated as found, in its passive,
// active and "determined ... was" forms, is a claim; hedged, still sought
// or ranked beside the others it is not. The rewrite keeps the sentence
// whole.
func TestCausesNamedAsFound(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for note, want := range map[string]string{
		"A bad switch was identified as the cause.":                      "A bad switch was identified as one contributing factor.",
		"We identified a bad switch as the cause of the outage.":         "We identified a bad switch as one contributing factor to the outage.",
		"The retries were declared the cause of the slow logins.":        "The retries were declared one contributing factor to the slow logins.",
		"We determined the cause of the problem was a stale DNS record.": "We determined one contributing factor to the problem was a stale DNS record.",
	} {
		if got := findingOf(c.Check(note), "cause-claim"); got == nil || got.Suggestion != want {
			t.Errorf("%q: got %v, want the rewrite %q", note, got, want)
		}
	}
	expectRule(t, c, "cause-claim", nil, []string{
		"We have not yet identified the switch as the cause.",
		"A bad switch was tentatively identified as the cause.",
		"We are trying to determine the cause of the problem.",
		"Primary cause: a sudden increase in queued work.\nContributing factors: no alert on queue depth.",
	})
	expectRule(t, c, "single-cause",
		[]string{"The root of the problem was a stale DNS record.", "The primary cause was the expired certificate."},
		[]string{"It took a day to get to the root of the problem.",
			"- Primary cause: the switch failed.\n- Secondary cause: the spare was missing."})
}

// TestVerdictOnTheIncident: "unacceptable" said of the outage or of its
// toll is the writer's verdict; said of a measure as a requirement it is
// not.
func TestVerdictOnTheIncident(t *testing.T) {
	expectRule(t, NewChecker(DefaultRules(), nil), "fault-verdict",
		[]string{"The outage was completely unacceptable.", "This level of downtime is unacceptable.",
			"These failures are unacceptable for our users."},
		[]string{"Latency above 200 ms is unacceptable for this API.",
			"A delay of this kind is unacceptable for a checkout page.", "The error rate was unacceptable."})
}

// TestQuestionKeepsTheObjectAsWritten: the question for the room names
// the step's object as the note wrote it ("the DBA", not "the dba").
func TestQuestionKeepsTheObjectAsWritten(t *testing.T) {
	for _, f := range NewChecker(DefaultRules(), []string{"Kim"}).Check("Kim should have paged the DBA sooner.") {
		if f.Rule == "should-have" && !strings.Contains(f.Question, "the DBA") {
			t.Errorf("question %q lost the object's case", f.Question)
		}
	}
}

// findingOf returns the last finding of rule in fs, or nil.
func findingOf(fs []Finding, rule string) *Finding {
	var got *Finding
	for i := range fs {
		if fs[i].Rule == rule {
			got = &fs[i]
		}
	}
	return got
}
