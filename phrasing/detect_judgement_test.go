package phrasing

import "testing"

// TestJudgementShapes holds the judgement and framing families to many
// phrasings each: subjects long and short, contractions, perfect and
// plural forms, adverbs and asides between subject and verb. Each note
// must raise the rule named, with a question for the room; each quiet note
// must raise none of the family's rules.
func TestJudgementShapes(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, rule string }{
		// The writer or the team judging itself.
		{"We just made a configuration error in the proxy.", "own-conduct"},
		{"We've made a serious error in judgement.", "person-failure"},
		{"Honestly, I have made two mistakes in this upgrade.", "own-conduct"},
		{"The release team, under a lot of pressure, made a costly error.", "own-conduct"},
		{"When I'm lazy I skip the checklist.", "own-conduct"},
		{"We were, frankly, too complacent.", "own-conduct"},
		{"I've been careless with the keys.", "own-conduct"},
		{"I have compounded the problem by restarting the primary.", "own-conduct"},
		{"We've compounded the outage with a second rollback.", "own-conduct"},
		{"Our second rollback made matters worse.", "own-conduct"},
		{"We annoyed our validators with a late upgrade.", "own-conduct"},
		{"We really disappointed our customers this week.", "own-conduct"},
		{"We, the platform team, are sorry for allowing this to happen.", "own-conduct"},
		{"I apologize for letting this slip through.", "own-conduct"},
		{"This one is on us.", "own-conduct"},
		{"We got the rate limits wrong for the new region.", "own-conduct"},
		{"We relied too heavily on manual checks.", "own-conduct"},
		{"The maintainer whose laptop was stolen had reused the same password.", "own-conduct"},
		{"Misreading the ticket, I believed the reset only touched the new table.", "own-conduct"},
		{"The vendor wrote the checksum error off as noise.", "person-failure"}, // person-failure reads a signal waved off first,
		{"We brushed off the first disk warning.", "own-conduct"},
		{"Alice chose to ignore the second alert.", "own-conduct"},
		{"The contractor took a shortcut with the schema change.", "own-conduct"},
		{"Sam assumed it was fine and merged anyway.", "own-conduct"},
		{"Several validators rolled back prematurely.", "own-conduct"},
		{"We erroneously assumed the replica was in sync.", "fault-adverb"},
		{"During the cleanup the contractor accidentally deleted the tenant table.", "fault-adverb"},
		{"While reverting the route, the new hire introduced a syntax error.", "own-conduct"},
		// Past decisions graded.
		{"In hindsight, this was a dangerous decision.", "graded-past"},
		{"Pausing the chain without telling the operators was a big mistake.", "graded-past"},
		{"Merging several major changes at once is less than ideal.", "graded-past"},
		{"It would've been smarter to roll back.", "graded-past"},
		{"We wasted most of the morning on the wrong dashboard.", "graded-past"},
		{"Unannounced upgrade; won't do that again.", "graded-past"},
		{"We'll never make that mistake again.", "graded-past"},
		{"It was only a matter of time before the disk filled.", "graded-past"},
		{"Skipping the canary cost us four hours.", "graded-past"},
		// Counterfactuals in every voice.
		{"Several operators restarted their nodes when they shouldn't have.", "should-have"},
		{"We paused the bridge, though we should not have.", "should-have"},
		{"We should have been more careful with the delete.", "should-have"},
		{"If we'd waited for the canary, nothing would have broken.", "should-have"},
		{"Ideally, we would have rolled back at the first error.", "should-have"},
		{"We would ideally have paged the vendor first.", "should-have"},
		{"What we should have done is roll back.", "should-have"},
		{"Smaller deploy batches would have let us spot the regression in minutes.", "should-have"},
		{"If the disk alerts were configured, this could have been addressed sooner.", "passive-counterfactual"},
		// Hindsight.
		{"In retrospect, our key rotation left a lot to be desired.", "hindsight-marker"},
		// One cause.
		{"The core problem stemmed from the job queue's datastore.", "cause-claim"},
		{"The underlying issue turned out to be a full disk.", "cause-claim"},
		{"At the bottom of it all, the disk on the primary was full.", "cause-claim"},
		{"The primary reason for the outage was the expired certificate.", "cause-claim"},
		{"Everything traces back to one bad commit.", "cause-claim"},
		{"The outage was solely caused by the typo in the zone file.", "single-cause"},
		// Vague factors and actions.
		{"Breakdown in communication about which release was state breaking.", "vague-factor"},
		{"Organizational problems between the two platform groups.", "vague-factor"},
		{"A failure of process.", "vague-factor"},
		{"It is up to operators to stay vigilant during upgrades.", "vague-action"},
		{"We need a more formalized process for releases.", "vague-action"},
		// Why-questions that say people let it happen.
		{"Why was the signing key allowed to expire?", "why-question"},
		{"Why wasn't it responded to more quickly?", "why-question"},
		{"Why didn't we notice the disk filling up?", "why-question"},
		{"Why didn't the team escalate to the vendor?", "why-question"},
		{"Why weren't the disk warnings acted on?", "why-question"},
		{"How could we have missed the second alert?", "why-question"},
		{"Why on earth did we ship on a holiday?", "why-question"},
	} {
		fs := c.Check(tc.note)
		if !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.note, describe(fs))
			continue
		}
		for _, f := range fs {
			if f.Rule == tc.rule && f.Question == "" && f.Suggestion == "" {
				t.Errorf("%s on %q offers neither a question nor a rewrite", tc.rule, tc.note)
			}
		}
	}
	family := []string{"own-conduct", "graded-past", "should-have", "passive-counterfactual",
		"cause-claim", "single-cause", "vague-factor", "why-question", "fault-adverb", "hindsight-marker"}
	for _, quiet := range []string{
		"The parser made an error on the third field of each record.",
		"We deleted the old snapshots to free space on the backup host.",
		"We removed the production flag after the test.",
		"The deploy introduced a regression in the cart service.",
		"We shipped a fix for the bug at 11:20.",
		"The exporter wrote the buffer off to disk every minute.",
		"Switch the feature flag off before the rollback.",
		"We decided to skip the second canary because the first one covered the same hosts.",
		"The nightly job ran anyway.",
		"The cache entries expired prematurely after the clock skew.",
		"The query planner took a shortcut for small tables.",
		"A failure in the DNS provider caused the errors.",
		"We fixed the error we made in the mapping at 10:40.",
		"If a user makes a typo, the form shows it.",
		"Images are lazy loaded on first view.",
		"The staging proxy was lax about header sizes.",
		"The retry storm made matters worse for the primary.",
		"Did our monitoring make things worse?",
		"We apologise for the inconvenience this caused.",
		"Sorry for not being able to reply sooner.",
		"We broke the migration down into three smaller steps.",
		"It is on us to fix the paging rules this sprint.",
		"The scheduler relied too heavily on a single worker.",
		"The client library reused the session token after it expired.",
		"We accidentally found the leak while profiling the importer.",
		"This was a risky call, so we asked the vendor first.",
		"The rain was a big problem for the field crew.",
		"Running the reindex at noon was not ideal timing for the batch jobs.",
		"It would have been nice to have a dashboard for the bridge.",
		"The responders wasted no time in rolling back.",
		"We will not do it again without a canary in front of it.",
		"Human errors are bound to happen in any team.",
		"The operators rolled back at 10:05, as they should have.",
		"Did the alert reach us when it should have?",
		"What should we have done differently, given what we knew?",
		"Ideally, the alert would have fired within a minute.",
		"If we'd known about the shared quota, we would have asked for more.",
		"An alert on queue depth would have let us catch it, and it now exists.",
		"The underlying issue is probably the storage driver.",
		"The main issue we saw was latency on the checkout page.",
		"The breakdown of the queue depth by region is in the appendix.",
		"Why did the connection pool fill up?",
		"Why wasn't the certificate renewed automatically?",
		"Why didn't we get an alert for the disk?",
		"How did we do against the error budget?",
		"How did we run the failover drill last year?",
		"How could this have been prevented?",
		"In hindsight, the graphs show the queue growing from 02:00.",
	} {
		fs := c.Check(quiet)
		for _, id := range family {
			if hasRule(fs, id) {
				t.Errorf("%s flags %q: %s", id, quiet, describe(fs))
			}
		}
	}
}
