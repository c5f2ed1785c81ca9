package phrasing

import "testing"

// TestSystemContext: conduct and care words said of code, of a project, of
// "you" in general, or denied, stay quiet; the same words said of a person
// or the team still flag. Sentences are written for debrief in the shapes
// real postmortems use.
func TestSystemContext(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		{"blame-labels", "The vault contract wrongly assumed the price feed was fresh.",
			"Kim wrongly assumed the price feed was fresh."},
		{"blame-labels", "The parser mistakenly believed the header was complete.",
			"Wrongly assuming the header was complete, the team shipped it."},
		{"person-blame", "It is easy to blame the outage on the late-night deploy.", "It is tempting to blame Kim for the outage."},
		{"person-failure", "Retries pile up in ways you didn't anticipate.", "You didn't check the retry limit."},
		{"person-failure", "A queue fills in ways that you did not foresee.", "Kim didn't check the retry limit."},
		{"vague-area", "Some modules of the framework lack rigor.", "We lack rigor."},
		{"vague-area", "This lack of monitoring surprised everyone who read the report.", "Lack of monitoring."},
		{"hindsight-adverb", "This was clearly a well planned attack across three protocols.",
			"The spike was clearly a warning sign."},
		{"vague-factor", "For once we did not have communication issues during the switch.",
			"There were communication issues during the switch."},
		{"person-failure", "We missed at least several hours worth of blocks during the chain upgrade.",
			"We missed two alerts during the upgrade."},
		{"person-failure", "We missed 40 slots while the node resynced.", "Kim missed the standby hosts during the upgrade."},
		{"root-cause", "The timeline is in [Root cause and timeline](#root-cause-and-timeline) below.",
			"The root cause was the cache TTL (see the timeline)."},
		{"vague-area", "I wrote more in [Testing habits we keep] last spring.", "We need more testing."},
		{"hindsight-adverb", "This was obviously frustrating for our users.", "It was obviously wrong to deploy on Friday."},
		{"hindsight-adverb", "The bug was obviously in the new parser, which we rolled back.",
			"It was clearly a mistake to skip staging."},
		{"hindsight-adverb", "That was obviously a relief.", "The signs were clearly there."},
		{"vague-area", "The endpoint is missing validation.", "Missing validation."},
		{"vague-area", "The exploit used a missing validation check in the router.", "Missing validation checks."},
		{"human-error", "Human errors are bound to happen, so the tooling must catch them.", "The outage came down to human error."},
		{"human-error", "The term human error hides the system around the person.", "Human error caused the outage."},
		{"human-error", "Rather than calling it human error, we looked at the prompt.", "This was a human error during the migration."},
		{"human-error", "Human error is a symptom, not a cause.", "Human error is the reason the table was dropped."},
		{"blame-labels", "Nobody wants to be called 'careless' in a review.", "Kim was careless in the review."},
		{"human-error", "The old template had a field called ‘human error’ that we removed.",
			"It was 'obviously' human error."},
		{"blame-labels", "The router carelessly forwarded every header upstream.", "Kim carelessly forwarded every header upstream."},
		{"vague-factor", "The alert was ignored by the routing rules because of a typo in the label.",
			"The alert was ignored by the on-call because of the noise."},
		{"human-error", "Human error played no part here; the design was the problem.", "Human error played a part here."},
		{"person-blame", "The design itself was at fault, not the people using it.", "The outage happened because of Kim."},
		{"person-failure", "Crawlers ignored robots.txt and hammered the search page.", "Customers ignored the warning banner."},
		{"fault-adverb", "Kim mistakenly received two copies of the email.", "Kim mistakenly deleted two copies of the email."},
		{"blame-labels", "An overzealous rate limiter rejected valid requests.", "An overzealous engineer rejected valid requests."},
		{"blame-labels", "The proxy is a dumb pipe that forwards bytes.", "The proxy change was a dumb mistake."},
		{"blame-labels", "There was a lapse in certificate coverage for two hours.", "It was a lapse in judgment."},
		{"blame-labels", "It sounds dumb, but the fix was to restart the router.", "Kim was dumb to restart the router."},
		{"blame-labels", "The stupid thing about this bug is that it only shows on Tuesdays.", "The careless copy of the key leaked it."},
		{"blame-labels", "This is a mistake you only make once.", "This was a mistake you made last week."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		// An alert ignored by a person is passive-agent's to flag now.
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) && !(tc.rule == "vague-factor" && hasRule(fs, "passive-agent")) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
