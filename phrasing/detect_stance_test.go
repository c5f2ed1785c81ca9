package phrasing

import "testing"

// selfBlameful are sentences in which the writer or the team judges its own
// conduct, a counterfactual names a test, a setting, a check or the writer,
// or a promise says it will never happen again; each must draw a finding.
var selfBlameful = []string{
	// own conduct labelled
	"I was smug about the fix.",
	"Honestly, I was a bit arrogant about it.",
	"I was lazy and skipped the staging run.",
	"It was naive of me to trust the cache.",
	"That was careless of us.",
	"We were overconfident going into the migration.",
	"I'd been sloppy with the config review.",
	"Looking at it now, I was being stubborn.",
	"We were complacent about backups.",
	"In hindsight I was arrogant to assume it worked.",
	"I was too proud to ask for help.",
	"It was lazy of me not to write the test.",
	"Stupidly, I restarted the wrong node.",
	"Foolishly, we assumed the replica was current.",
	// stubbornness and denial
	"I spent three cycles refusing to hear it.",
	"We explained it away three times.",
	"I kept theorizing instead of isolating the fault.",
	"I kept guessing instead of checking the logs.",
	"I ignored what it was telling me.",
	"We ignored what the profiler was telling us.",
	"I refused to believe the metrics.",
	"We kept dismissing the warnings as noise.",
	"I stubbornly kept restarting the service.",
	"We kept blaming the network instead of looking at our own code.",
	"I kept poking at it instead of reading the error.",
	"I wasted two hours chasing the wrong theory.",
	// own work graded
	"My first patch was completely worthless.",
	"I gave it as much thought as you'd expect.",
	"Our test plan was pretty much useless.",
	"My fix was half-baked.",
	"The review I did was sloppy.",
	// failure to check
	"My failure to check the return value caused this.",
	"Our failure to test the rollback made it worse.",
	"Repeated failures to go and check the logs cost us a day.",
	"The outage came down to our failure to read the changelog.",
	// minimising own miss
	"You'll spot it in five seconds; I didn't.",
	"Anyone would have seen it; I didn't.",
	"The bug is obvious in retrospect and I still missed it.",
	// counterfactuals: test, setting, check, writer
	"A more aggressive setting would've caught it.",
	"One test case would have caught this.",
	"A test would have shown the catch firing.",
	"I'd have seen it if I had looked.",
	"It could have been discovered earlier.",
	"The issue could have been resolved if we had checked the logs.",
	"If mitigated, it would have prevented the outage.",
	"A simple unit test would have prevented this.",
	"A basic lint check would have flagged the typo.",
	"Proper monitoring would have alerted us sooner.",
	"This could've been caught in review.",
	"Had I looked at the graph, I would have noticed.",
	"A five-minute smoke test would have saved us hours.",
	"This should have been caught much earlier.",
	"The bug could easily have been found earlier.",
	// never again and human error
	"We won't be caught off guard again.",
	"We will prevent them from ever occurring again.",
	"Human and process error are to blame.",
	"This will never happen again.",
	"We have made sure this can never recur.",
	"The outage was caused by human error.",
	"Human error was to blame.",
}

// selfPlain are look-alikes: a system's capability, options open at the
// time, hedged or effort-framed promises, plain accounts; each must stay quiet.
var selfPlain = []string{
	"An attacker could have read the tokens.",
	"The backup could have been restored in an hour.",
	"The spike would have been observable on the dashboard.",
	"We could have rolled back or failed over; we chose to fail over.",
	"We are doing everything we can so it won't recur.",
	"We are looking very hard at making sure this does not recur.",
	"The test would have taken an hour to run.",
	"A longer timeout would have let the job finish.",
	"The setting was too aggressive for the new hardware.",
	"The check fired three times before we paged.",
	"The cache was lazy-loaded on first request.",
	"The scheduler is lazy and only runs when a job is queued.",
	"The parser ignored what the header said about encoding.",
	"The test case covers the empty list.",
	"The profiler told us the lock was hot.",
	"We spent three hours restoring the backup.",
	"We kept restarting the pods while the fix was built.",
	"The client kept retrying instead of backing off.",
	"The failure to connect was logged at 09:12.",
	"Failures to renew the lease were retried.",
	"The data could have been lost if the replica had failed too.",
	"Without the canary, the change would have reached every region.",
	"We want this to never happen again, so we added a guard.",
	"The errors were caused by a retry storm.",
	"The job was naive about time zones.",
	"We explained the timeline to the customer.",
	"I refused the connection from the old client on purpose.",
	"Our test plan covers rollbacks and failovers.",
}

// TestSelfBattery: every blameful sentence draws a finding and every
// look-alike draws none.
func TestSelfBattery(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, s := range selfBlameful {
		if fs := c.Check(s); len(fs) == 0 {
			t.Errorf("no finding on %q", s)
		}
	}
	for _, s := range selfPlain {
		if fs := c.Check(s); len(fs) != 0 {
			t.Errorf("finding on %q: %s", s, describe(fs))
		}
	}
}
