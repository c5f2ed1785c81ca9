package phrasing

import "testing"

// selfBlamefulMore are further wordings of the same three families, in
// voices the first battery did not use: nouns of stance, list items,
// table cells, contractions, long subjects and adverbs in between.
var selfBlamefulMore = []string{
	"My stubbornness cost us a day.",
	"Sheer arrogance on my part.",
	"Our hubris about the failover tooling caught up with us.",
	"I didn't want to hear that the cache was the problem.",
	"We did not want to believe the graphs.",
	"I talked myself out of the obvious fix.",
	"- kept guessing rather than reading the stack trace",
	"| Debugging | We kept restarting pods instead of checking the logs |",
	"For two days we stubbornly refused to consider the kernel upgrade.",
	"I had, for about an hour, simply refused to believe the profiler.",
	"Two minutes of testing would have caught it.",
	"Running the suite once would have caught it.",
	"The problem could have been identified much earlier.",
	"This could have been prevented with better testing.",
	"The regression could have been found sooner by running the full suite.",
	"A single assertion in the parser would have flagged the bad row.",
	"This must not happen again.",
	"We will ensure this never recurs.",
	"We guarantee it will never happen again.",
	"- Make sure this never happens again",
	"| Action | Ensure it does not happen again |",
	"The incident was down to human error.",
	"A combination of human and technical error caused the outage.",
	"You would catch this in a code review; I didn't.",
	"Never again will we deploy on a Friday.",
	"I was too quick to blame the network.",
	"I'm embarrassed to admit I skipped the restore test.",
	"Embarrassingly, I had never run the restore.",
	"A silly oversight of mine.",
	"A canary would have caught it immediately.",
	"A code review would have caught this.",
	"I'd have caught it with one more test.",
	"It would have taken one test to catch this.",
	"The issue could have been discovered in advance by talking to other teams.",
	"Make sure you never repeat it.",
	"| Lessons | One integration test would have caught this |",
	"### My mistake: trusting the cache",
	"- Lazy of me: no test for the empty case",
	"We were far too relaxed about backups.",
	"I'm not proud of how long that took.",
	"We never bothered with a restore drill.",
	"I kept insisting it was the network.",
	"We kept assuming the replica was fine.",
	"I had tunnel vision on the database.",
	"I was fixated on the DNS theory.",
	"I assumed instead of verifying.",
	"Instead of checking the logs, I guessed.",
	"Any decent test suite would have caught this.",
	"This could have been detected sooner if someone had looked.",
	"We will make sure nothing like this ever happens again.",
	"This will never be repeated.",
	"It came down to human fallibility.",
	"I spent the afternoon chasing the wrong theory instead of reading the logs.",
	"Rather than look at the data, I guessed.",
	"I brushed the first error aside.",
	"The obvious test would have caught this in seconds.",
	"Had there been a single integration test, this would have shown up.",
	"With even a basic canary we'd have caught it.",
	"The outage was caused by a simple human slip.",
	"I got cocky after the first migration went well.",
	"Our own overconfidence in the tooling was the real problem.",
	"This would have been caught by a single test.",
	"It would have been caught by one more assertion.",
	"- [ ] Ensure this never happens again",
	"I'm kicking myself for not checking the replica.",
	"Hubris, basically.",
	"Running one test would've saved us the weekend.",
}

// selfPlainMore are look-alikes in the same voices that must stay quiet.
var selfPlainMore = []string{
	// A never-again that names the guard it asks for can be checked.
	"We will never again deploy without a canary.",
	"Our stubbornness metric tracks retries per request.",
	"The service refused to believe the expired token.",
	"We then saw that our booking service had filled up and refused to accept new orders.",
	"I didn't want to wake the on-call for a warning.",
	"We talked through the options on the bridge.",
	"- retried rather than reading from the replica",
	"| Debugging | The pods kept restarting instead of serving |",
	"Two minutes of testing would have delayed the release by a day.",
	"Running the suite takes an hour.",
	"The problem could have been identified by any of three alerts, and the second one fired.",
	"With a canary stage, this could have been caught earlier.",
	"A single assertion in the parser costs nothing at runtime.",
	"The same failure can happen again if the quota is not raised.",
	"We are working to reduce the chance that this happens again.",
	"Human error rates are tracked on the dashboard.",
	"You would catch this in a code review, and the reviewer did.",
	"The lease could have been renewed by any node.",
	"We are doing everything we can to make sure this doesn't happen again.",
	"We are looking very hard at making sure this never recurs.",
	"The scheduler was too quick to evict the pod.",
	"Embarrassingly parallel jobs finish first.",
	"That config file of mine is in the repo.",
	"A timeout would have prevented the hang.",
	"The retry would have caught the second failure.",
	"I'd have caught the train with one more minute.",
	"Humans make mistakes, so the tooling has to catch them.",
	"We were not too sure whether the replica had caught up.",
	"The estimate was too optimistic for a holiday weekend.",
	"I'm proud of how quickly the team rolled back.",
	"Once we realized our mistake, we restored the row.",
	"The pods kept assuming the old address until the cache expired.",
	"The issue could have been discovered by any of the three probes.",
	"The tunnel vision test checks peripheral sight.",
	"The worker was fixated on one shard by the scheduler's affinity rule.",
	"Instead of checking the logs, the agent polls the API.",
	"We rolled back instead of investigating further, to restore service first.",
	"The suite would have taken an hour to run.",
	"An attacker could have read the tokens if the bucket had been public.",
	"The backup would have been restored by the nightly job.",
	"With even a little luck we'd have caught the last train.",
	"We set the old cluster aside for load tests.",
	"Had there been a quorum, the write would have succeeded.",
	"Rather than look at the data, the job guessed the encoding.",
	"The bug would have been caught by the nightly tests had they run on this branch.",
	"**Hubris.** The second act of the play turns on it.",
	"The kick drum track was muted.",
}

// TestSelfBatteryMore: the second battery, as TestSelfBattery.
func TestSelfBatteryMore(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, s := range selfBlamefulMore {
		if fs := c.Check(s); len(fs) == 0 {
			t.Errorf("no finding on %q", s)
		}
	}
	for _, s := range selfPlainMore {
		if fs := c.Check(s); len(fs) != 0 {
			t.Errorf("finding on %q: %s", s, describe(fs))
		}
	}
}

// TestSelfRewrites: every finding of the new rules on the batteries asks a
// question and offers a statement, and a rewrite put in the note reads
// well and is quiet itself.
func TestSelfRewrites(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	n := 0
	for _, s := range append(append([]string{}, selfBlameful...), selfBlamefulMore...) {
		for _, f := range c.Check(s) {
			if f.Rule != "own-stance" && f.Rule != "guard-counterfactual" {
				continue
			}
			if f.Question == "" || f.Suggestion == "" {
				t.Errorf("%s on %q: question %q, suggestion %q", f.Rule, s, f.Question, f.Suggestion)
			}
			if f.Replacement == "" {
				continue
			}
			n++
			got := f.Apply(s)
			if msg := rewriteProblem(s, got, f); msg != "" {
				t.Errorf("%q -> %q: %s", s, got, msg)
			}
			if fs := c.Check(got); len(fs) != 0 {
				t.Errorf("rewrite %q of %q is flagged: %s", got, s, describe(fs))
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d rewrites put in the note", n)
	}
}
