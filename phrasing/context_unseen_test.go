package phrasing

import "testing"

// TestUnseenConditions: conditions of grammar that turned a match into
// something else on postmortems no rule writer had read. Each shape has
// quiet wordings (other verbs, subjects, tenses, positions) and flagged
// twins that keep the judgement the rule is there for.
func TestUnseenConditions(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule           string
		quiet, flagged []string
	}{
		// A never-again as the aim of an inquiry into the incident still
		// under way: the guard is not known yet, and the sentence says so.
		{"absolute-remediation", []string{
			"I am discussing the issue with our hosting provider to ensure it does not happen again.",
			"Work is still under way to understand what happened so that this never happens again.",
			"We are investigating the outage further to make sure it does not recur.",
			"The team will examine the failure with the vendor to prevent it from happening again.",
			"To keep this from happening again, we are analysing why the queue stalled.",
			"Several engineers are studying the incident to ensure it can't happen again.",
		}, []string{
			"We will make sure this never happens again.",
			"We have updated our processes to ensure the issue does not happen again.",
			"We discussed it as a team and will ensure it never happens again.",
			"Going forward we will keep this from happening again.",
			"We reviewed our approach to prevent this from happening again.",
			"We did not understand the issue at first, and we will ensure it never happens again.",
		}},
		// Another party's assurance, reported: the writer cannot rewrite it.
		{"absolute-remediation", []string{
			"The vendor has assured us this fault will not occur again.",
			"Our hosting company told me it would never happen again.",
			"Their support team promised that the outage will not recur.",
			"AWS confirmed the maintenance event will not happen again without notice.",
			"The registrar says this cannot happen again.",
		}, []string{
			"We have assured our customers this will never happen again.",
			"I promised the board it would never happen again.",
			"The vendor told us about the fault, and we will ensure it does not happen again.",
			"Our team has promised this will not happen again.",
			"We can assure you this will not happen again.",
		}},
		// A change to a named part of the system is a guard a reader can
		// check.
		{"absolute-remediation", []string{
			"We will be upgrading the server that holds sessions to keep this from happening again.",
			"We are moving the queue to its own hosts so this cannot happen again.",
			"Replacing both routers will ensure it does not happen again.",
			"We added a second database node so that this never happens again.",
			"To prevent this from recurring, the team doubled the disk capacity.",
		}, []string{
			"We will improve our processes so this never happens again.",
			"We updated our internal procedures and will ensure this never happens again.",
			"We will keep this from happening again by being more careful.",
			"Our engineers will ensure that this does not happen again.",
			"We took steps to prevent this from happening again.",
		}},
		// What is now in place, named in an opening "with" phrase.
		{"absolute-remediation", []string{
			"With MorningReport on your phone, this will never happen again.",
			"With the new firmware on every router, this will not happen again.",
			"With a standby server in each rack, it cannot happen again.",
			"With Sentinel watching the primary, this won't happen again.",
			"With a disk alert at 80 percent, we will make sure it never happens again.",
		}, []string{
			"With that, we will make sure it never happens again.",
			"With hindsight, we will make sure this never happens again.",
			"With all of this in mind, we will ensure it never happens again.",
			"With no alert in place, we must make sure this never happens again.",
			"With Kim's help, we will make sure it never happens again.",
			"With two days to go, we will ensure this never happens again.",
		}},
		// A judgement the sentence denies turns into its opposite.
		{"hindsight-obvious", []string{
			"None of this was obvious while it was happening.",
			"Nothing about the alert was obvious at the time.",
			"Neither warning was obvious during the rollout.",
			"At three in the morning, little of it was obvious.",
			"The cause had never been obvious to anyone on call.",
			"It wasn't an obvious mistake at the time.",
			"No obvious error was made during the rollout.",
		}, []string{
			"No one caught the obvious error.",
			"Nobody noticed the obvious warning signs.",
			"We never fixed the obvious mistake.",
			"None of us saw the obvious signs.",
			"All of this was obvious.",
			"The mistake was obvious.",
			"Some of the signs were obvious, but we moved on.",
			"Looking back, the signs were obvious.",
			"The answer was obvious.",
		}},
		// A conduct verb its own subject denies.
		{"blame-labels", []string{
			"We invested in builder tools to make sure we don't mess up a release.",
			"Nobody messed up here; the script simply ran twice.",
			"We did not mess up the data, but the import dropped a column.",
			"The new checks mean a tired engineer never screws up a migration again.",
			"No one screwed up; the alert was routed to an old channel.",
		}, []string{
			"We messed up.",
			"Bob messed up the DNS change.",
			"Kenji screwed up the rollout.",
			"I really screwed up the config this time.",
			"Once again the release team messed up the tags.",
			"Don't mess up the config again.",
		}},
		// A counterfactual that credits help: how much worse it would
		// have gone without it.
		{"guard-counterfactual", []string{
			"It would have taken me even longer to notice if they hadn't posted in the chat.",
			"Without the replica, the outage would have been far worse.",
			"Recovery would have been much slower if Kim had not kept the backup.",
			"Had the canary not stopped at five percent, the impact would have been bigger.",
			"If the alert hadn't fired, the fix would have come hours later.",
		}, []string{
			"A canary would have caught it.",
			"One integration test would have shown the bug.",
			"A manual smoke test would have caught the crash.",
			"Checking the disk first would have saved us an hour.",
			"Staging the rollout would have shown it on one host.",
		}},
		// A passive agent inside "whether" or "if" is a hypothesis checked.
		{"passive-agent", []string{
			"The on-call engineer checked whether the outage was caused by one of our vendors.",
			"We looked at the logs to see if the rows were deleted by the cleanup job's owner.",
			"It is still unclear whether the change was approved by the lead.",
			"Support asked if the ticket had been closed by the customer.",
			"We wanted to know whether the alert was silenced by the on-call engineer.",
		}, []string{
			"The outage was caused by one of our vendors.",
			"The rows were deleted by the cleanup job's owner.",
			"The warning was dismissed by the release manager.",
			"The warning was ignored by the on-call engineer.",
			"The RAID setup was badly designed by Kim.",
		}},
		// Plural errors as a class a design withstands.
		{"human-error", []string{
			"We are making rollbacks robust against operator errors.",
			"The new CLI is tolerant of human mistakes.",
			"Confirmation prompts protect against operator errors.",
			"The tooling should be resilient to human errors.",
			"We want deploys to be safe from operator mistakes.",
		}, []string{
			"The outage was caused by a mix of technical and human errors.",
			"This was human error.",
			"Two operator errors led to the data loss.",
			"The root of it was operator error.",
			"Human mistakes during the migration broke the index.",
		}},
		// An area told as put in, in a past or perfect passive.
		{"vague-area", []string{
			"Increased testing and review approval was provided for future maintenance.",
			"More monitoring has been put in place for the gateways.",
			"Better alerting was added for the payment queue last week.",
			"Improved documentation has since been published for the API.",
			"After the review, more logging and tracing were enabled on the workers.",
		}, []string{
			"More monitoring is needed.",
			"Better alerting should be provided.",
			"We will add more logging.",
			"We need better documentation.",
			"Improve monitoring and alerting.",
		}},
		// A root cause another organisation found and reported.
		{"root-cause", []string{
			"The provider confirmed the root cause was a misconfiguration in our account.",
			"Our registrar told us the root cause was a bad bulk import.",
			"The vendor has since reported that the root cause was a firmware fault.",
			"After a deeper look, their support found the root cause was an expired key.",
			"The hosting provider stated the root cause was a failed power feed.",
		}, []string{
			"The root cause was a misconfiguration in our account.",
			"We confirmed the root cause was a bad bulk import.",
			"Kim says the root cause was the proxy.",
			"The root cause of the outage was an expired key.",
			"After a deeper look we found the root cause was a failed power feed.",
		}},
		// A who-question after an attack's author: an adversary, not a
		// colleague.
		{"culprit-who", []string{
			"We don't know who is behind the attack at this time.",
			"It is still unclear who sent the phishing emails.",
			"We are working with the police to learn who ran the DDoS.",
			"Nobody yet knows who was behind the intrusion.",
			"Who launched the spam campaign remains unknown.",
		}, []string{
			"Who deployed this?",
			"Who approved the change?",
			"So who is responsible for this?",
			"Who is behind this outage?",
			"Who forgot to renew the certificate?",
		}},
	} {
		for _, s := range tc.quiet {
			if fs := c.Check(s); hasRule(fs, tc.rule) {
				t.Errorf("%s flags %q: %s", tc.rule, s, describe(fs))
			}
		}
		for _, s := range tc.flagged {
			if fs := c.Check(s); !hasRule(fs, tc.rule) {
				t.Errorf("%s misses %q: %s", tc.rule, s, describe(fs))
			}
		}
	}
}

// TestReaderQuestion: a question to the reader about what happens to
// anyone is general experience, not this incident; a question about the
// incident's people keeps its flag.
func TestReaderQuestion(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	quiet := []string{
		"Have you ever pushed send and then seen too late that there was a mistake?",
		"Have you ever merged a branch and found a careless typo the next morning?",
		"Have you ever shipped a release and then realized it was a mistake?",
		"Have you ever been woken at night by a stupid mistake in a config file?",
		"Have you ever had an outage caused by human error?",
	}
	flagged := []string{
		"Why didn't you check the dashboard?",
		"There was a mistake in our monitoring rules.",
		"Who approved the change?",
		"Kim made a careless mistake.",
		"The outage was human error.",
		"Why did you ever think that was a good idea?",
	}
	for _, s := range quiet {
		if fs := c.Check(s); len(fs) > 0 {
			t.Errorf("flags %q: %s", s, describe(fs))
		}
	}
	for _, s := range flagged {
		if fs := c.Check(s); len(fs) == 0 {
			t.Errorf("misses %q", s)
		}
	}
}
