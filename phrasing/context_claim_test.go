package phrasing

import "testing"

// claimShape is one grammatical shape of "root cause", with notes in
// different wordings that must all behave alike.
type claimShape struct {
	shape string
	notes []string
}

// checkShapes runs every note of every shape and wants rule to flag it
// (want true) or to stay quiet (want false).
func checkShapes(t *testing.T, rule string, want bool, shapes []claimShape) {
	t.Helper()
	c := NewChecker(DefaultRules(), nil)
	for _, s := range shapes {
		if len(s.notes) < 5 {
			t.Errorf("%s: %d wordings, want at least five", s.shape, len(s.notes))
		}
		for _, n := range s.notes {
			fs := c.Check(n)
			if got := hasRule(fs, rule); got != want {
				t.Errorf("%s: %s on %q = %v, want %v: %s", s.shape, rule, n, got, want, describe(fs))
			}
		}
	}
}

// TestRootCauseClaimed: "root cause" flags where the sentence claims one
// cause, whatever the verb, tense, subject position or markup.
func TestRootCauseClaimed(t *testing.T) {
	checkShapes(t, "root-cause", true, []claimShape{
		{"subject of a linking verb", []string{
			"The root cause was a stale lease on the primary.",
			"The root cause is that the retry loop never backs off.",
			"Our actual root cause was an expired signing key.",
			"After two days of digging, the root cause was a full inode table.",
			"We looked at the graphs, and the root cause was the nightly export.",
			"The underlying root cause here is a race in the cache warmer.",
		}},
		{"subject with the incident after it", []string{
			"The root cause of the outage was a typo in the zone file.",
			"The root cause for Tuesday's downtime is a leaked file handle.",
			"The root cause behind the slow checkout was an unindexed query.",
			"The root cause of the failed backups was the rotated credential.",
			"The primary root cause of this incident was the manual failover.",
		}},
		{"subject of another linking verb", []string{
			"The root cause came from the retry policy on the mobile client.",
			"The root cause stemmed from a schema change made in March.",
			"The root cause lies in the way the scheduler leases jobs.",
			"The root cause turned out to be a stale DNS record.",
			"The root cause of the slowness ended up being in the kernel.",
			"The root cause boils down to one unbounded queue.",
		}},
		{"subject of a finding in the passive", []string{
			"The root cause was identified as an expired token.",
			"The root cause has been traced to the nightly cron job.",
			"The root cause was found in the connection pool settings.",
			"The root cause was determined to be a firmware bug.",
			"The root cause was confirmed as a misrouted health check.",
		}},
		{"subject after a verb of saying or finding", []string{
			"Kim says the root cause was the proxy.",
			"We found that the root cause was the retry policy.",
			"The vendor agreed the root cause was their switch firmware.",
			"Tests showed the root cause is a missing index.",
			"I now think differently: we learned the root cause was the cache.",
		}},
		{"subject after a short opening phrase", []string{
			"In the end the root cause was simple human error.",
			"After all that the root cause was a single typo.",
			"At bottom the root cause is an unbounded queue.",
			"It turned out the root cause was the nightly backup.",
			"On Monday the root cause turned out to be the load balancer.",
		}},
		{"the words asked and answered at once", []string{
			"The root cause? A stale lease.",
			"Root cause? The retry storm from the mobile client.",
			"The actual root cause? An expired key nobody rotated.",
			"Root cause? A full disk on the primary.",
			"The root cause? Our own deploy script.",
		}},
		{"complement of a linking verb", []string{
			"A stale lease was the root cause.",
			"The expired certificate is the root cause of the outage.",
			"Confirming that the client update is the root cause took a day.",
			"The new balancer rule was indeed the root cause of the errors.",
			"An internal cache was eventually determined to be the root cause.",
			"The cron job was identified as the root cause.",
		}},
		{"label with a cause after it", []string{
			"Root cause: a typo in the zone file.",
			"**Root cause:** the pool ran dry during the import",
			"- Root cause — a firmware bug in the edge routers",
			"| Root cause | the cache TTL was set to zero |",
			"Root cause of the outage: the pool ran dry.",
			"## Root cause: the retry storm from the mobile client",
			"Root Cause The import job filled the disk because its limit was never set.",
		}},
		{"label of knowledge with a cause after it", []string{
			"The root cause is clear: the pool was too small.",
			"The root cause was known: the rollback skipped a step.",
			"The root cause was simple: the disk filled up.",
			"Root cause: clear ownership was missing for the job.",
			"The root cause is obvious: nobody rotated the key.",
		}},
		{"question answered on its line", []string{
			"What was the root cause? Kim's rushed deploy.",
			"What was the root cause? The expired certificate on the proxy.",
			"What is the root cause? A missing index on the orders table.",
			"Which was the root cause? The cron job that ran twice.",
			"What was the root cause of the outage? A stale DNS record.",
		}},
		{"found in a named place", []string{
			"We found the root cause in the load balancer.",
			"Dana located the root cause in the session store.",
			"We traced the root cause to the retry loop.",
			"They pinpointed the root cause in a vendored library.",
			"The team found the root cause in the billing worker.",
			"After a day of reading traces we narrowed down the root cause to the lease timer.",
			"We were able to narrow down the root cause to a stale feature flag.",
		}},
		{"found in a named place, after what it is the cause of", []string{
			"We identified the root cause of the outage in a bad deployment.",
			"The team traced the root cause of the slow logins to the session store.",
			"We found the root cause of the 502s in the proxy's keepalive setting.",
			"Ops narrowed the root cause of the failures to a stale route table.",
			"They identified the root cause of the incident in the vendored client.",
		}},
		{"the same root cause shown again", []string{
			"The second outage showed the exact same root cause.",
			"The replay revealed the same root cause.",
			"Friday's page had the same root cause.",
			"The staging failure confirms the same root cause.",
			"Both reports show the very same root cause.",
		}},
		{"a milestone alone", []string{
			"Root cause identified, fix drafted.",
			"Root cause found: the job ran twice.",
			"Root cause confirmed: the certificate expired.",
			"Root cause determined - a stale DNS entry",
			"Root cause identified: a slow analytics call blocked sign-in.",
		}},
	})
}

// TestRootCauseNotClaimed: every other use of "root cause" stays quiet by
// default: a heading, a label with nothing named, the object of the work,
// a hedge, an open or negated answer, one cause of several, a condition, a
// form's question, a timeline row, a list of sections.
func TestRootCauseNotClaimed(t *testing.T) {
	checkShapes(t, "root-cause", false, []claimShape{
		{"a heading", []string{
			"## Root cause",
			"**Root Cause and Resolution**",
			"Root cause and repair\n=====================\n\nThe pool filled up.",
			"| Root cause | Owner |\n|---|---|\n| pool size | Kim |",
			"3. Root cause",
			"ROOT CAUSE AND FIX",
		}},
		{"a label with nothing named", []string{
			"**Root cause**:",
			"Root cause: TBD",
			"Root cause: to be determined",
			"Root cause: under investigation",
			"Root cause: still unknown",
			"Root causes: probably the storage driver",
			"Root cause: N/A",
			"Root cause: see below",
			"Root cause? Unknown so far.",
		}},
		{"a hedge set off by commas", []string{
			"The root cause, we think, was the cache.",
			"The root cause, probably, was the new driver.",
			"The root cause, it seems, is a race in the client.",
			"The root cause, possibly, was the firmware.",
			"The root cause, we suspect, lies in the scheduler.",
		}},
		{"a modifier", []string{
			"We lost a day chasing incorrect root cause theories.",
			"Each ticket has a root cause field the owner fills in.",
			"The root cause section is below.",
			"We added a root cause column to the tracker.",
			"Our root cause template asks five questions.",
		}},
		{"the object of the work", []string{
			"We fixed the root cause on Tuesday.",
			"While we investigate the root cause, traffic stays on the standby.",
			"Understanding the root cause took most of the week.",
			"The patch alleviated the root cause within the hour.",
			"Builds ran on the spare runner until the root cause is fixed.",
			"After some digging, we found the root cause.",
			"We need to find out what the root cause was.",
			"We identified the root cause of the outage in under an hour.",
			"We found the root cause of the slow logins in the logs.",
			"We identified the root cause of the incident in production.",
			"They traced the root cause of the failures to one of several candidates, and kept looking.",
			"We identified the root cause of the outage.",
		}},
		{"a hedge", []string{
			"The likely root cause is a race in the client.",
			"We believe the root cause was the new driver.",
			"The root cause seems to be the pruning job.",
			"The new driver may be the root cause.",
			"As far as we can tell, the root cause is a race in the client.",
			"The preliminary root cause is a leaked handle.",
			"The root cause was most likely a leaked handle.",
			"Without more data it is hard to give an exact root cause.",
		}},
		{"an open answer or the state of the work", []string{
			"The root cause is still unknown.",
			"The root causes were multifaceted, from growth and from limits.",
			"The root cause was fixed by the afternoon patch.",
			"The root cause was identified and mitigated at 14:32 UTC.",
			"The root cause remains unclear.",
			"The root cause has been found.",
		}},
		{"a negated complement", []string{
			"The cron job was not the root cause.",
			"An investigation showed the balancer wasn't the root cause.",
			"The disk is not the root cause of the errors.",
			"The vendor's switch was never the root cause.",
			"Neither change was the root cause.",
		}},
		{"one of several", []string{
			"A root cause of the delay was the paging policy.",
			"One root cause was the missing alert.",
			"The stale lease was a root cause of the outage.",
			"Another root cause was the slow review.",
			"Each root cause gets its own action item.",
		}},
		{"the object of another verb, or a claim denied", []string{
			"To fix the root cause is our priority this quarter.",
			"We can't say the root cause was the cache.",
			"Nobody could show the root cause was the firmware.",
			"Patching the root cause was a two-line change.",
			"We did not find the root cause was in the proxy.",
		}},
		{"a condition or a time", []string{
			"Once the root cause was clear, the fix took ten minutes.",
			"If the root cause is the driver, we roll back.",
			"We will know whether the root cause was the cache by Friday.",
			"Until the root cause is known, we keep the flag off.",
			"When the root cause is a config push, the deploy bot pages us.",
		}},
		{"a form's question alone", []string{
			"What was the root cause of the incident?",
			"What was the root cause?",
			"What is the root cause here?",
			"4. What was the root cause? Several small problems stretched the outage.",
			"What was the root cause? A combination of a full disk and a stale lock.",
		}},
		{"a timeline row", []string{
			"- 14:03 Root cause identified: connection pool exhaustion",
			"09:28 The root cause was the pool size, rollback started",
			"* [14:43] @wen determines the root cause is severe I/O throttling",
			"- 2021-08-17: root cause identified, patch drafted",
			"| +2 hrs | Root cause identified: tree mismatch after the upgrade |",
			"We saw reports of failed logins\nRoot cause identified: a slow analytics call blocked sign-in\nFix deployed",
		}},
		{"a list of sections or a general remark", []string{
			"The write-up includes the root cause, the impact and the follow-up items.",
			"This document describes the impact, the timeline and the root cause.",
			"Different symptoms from the same root cause look alike.",
			"Several incidents share a common root cause.",
			"Fill in the summary, the root cause and the action items before Friday.",
		}},
	})
}

// TestSingleCauseClaimed: "the real cause", "the underlying cause" follow
// the same grammar as "root cause".
func TestSingleCauseClaimed(t *testing.T) {
	checkShapes(t, "single-cause", true, []claimShape{
		{"claimed", []string{
			"The underlying cause was a missing index.",
			"The real cause of the outage was the retry storm.",
			"A stale lease was the actual cause.",
			"The true cause turned out to be the balancer.",
			"The underlying cause: a stray cron job",
		}},
	})
	checkShapes(t, "single-cause", false, []claimShape{
		{"not claimed", []string{
			"We fixed the underlying cause in v2.1.",
			"**The Underlying Cause**",
			"We are still looking for the real cause.",
			"The actual cause is still unknown.",
			"If the real cause is the driver, we roll back.",
		}},
	})
}
