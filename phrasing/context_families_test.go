package phrasing

import "testing"

// TestContextFamilies: shapes that stayed false alarms on real
// postmortems after round six, written for debrief: each quiet line is in
// a family (a timeline row opened by a date, a cause said to be hard to
// give, ...) and its twin still flags.
func TestContextFamilies(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		// A timeline row opened by a date, not only a clock time.
		{"root-cause", "- 2024-03-02: Report received, root cause identified, fix drafted.", "Root cause identified, fix drafted."},
		{"root-cause", "* Mar 2 14:10 Kim looks for the root cause in the proxy logs", "Kim says the root cause was the proxy."},
		{"cause-claim", "* -12 10:05 Kim reports the expired token is the cause", "The expired token is the cause."},
		// A cause said to be hard to give is a hedge.
		{"root-cause", "With the logs we have, it is hard to give an exact root cause.", "The exact root cause was the pool size."},
		// A vague area as an outcome achieved, a goal of a named step, the
		// purpose of something done, or set out elsewhere.
		{"vague-area", "After the move we now have much more documentation for the proxy.", "We need more documentation."},
		{"vague-area", "We came away with a much better understanding of how the cache expires keys.", "Better understanding."},
		{"vague-area", "The new build has more documentation than the old one.", "The build should have more documentation."},
		{"vague-area", "We may move login handling into our own server for better observability.", "We need better observability."},
		{"vague-area", "Rename the job as a first step towards better documentation of the pipeline.", "Better documentation."},
		{"vague-area", "The fixes included adding more logging to the scheduler.", "Add more logging."},
		{"vague-area", "We ship the bridge with the new and improved process detailed below.", "We need an improved process."},
		{"vague-area", "We now have a better understanding of how the cache expires keys.", "We did not have enough knowledge of how the cache expires keys."},
		{"vague-action", "The first notice was posted to raise awareness of the fake login page.", "We should raise awareness."},
		// A word in Markdown emphasis reads as the word; a hedge on what
		// one can be sure of holds.
		{"absolute-remediation", "We will make sure that this _particular_ bug never happens again.", "We will make sure that this bug never happens again."},
		{"absolute-remediation", "I can never be fully sure that an outage like this won't happen again.", "An outage like this won't happen again."},
		// "Only" and "merely" meaning only.
		{"minimising", "We cloned shallowly, meaning users only had to fetch the last commit.", "Users only had to fetch the last commit."},
		{"minimising", "Both admins were moved down to merely Readers, who cannot see the builds.", "It merely took a restart."},
		// A capability of an attacker or a system, the options open at the
		// time, and inaction imagined are not a person's missed step.
		{"should-have", "Sitting between the user and the site, the attacker could have captured the code too.", "Kim could have captured the code too."},
		{"should-have", "The attacker sat between the user and the site. They could have read the code as well.", "We could have read the code as well."},
		{"should-have", "The missing token check could have allowed anyone to post to the hook.", "We could have added a token check to the hook."},
		{"should-have", "There were different paths to patching the bridge that we could have taken:", "We could have taken the bridge offline sooner."},
		{"should-have", "Had I said nothing, I would have been found out later.", "Had I said something, we would have caught it."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}

// TestStartsWithDate: dates that open a timeline row, and dates and words
// in prose that do not.
func TestStartsWithDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2021-08-17: report": true, "2021/08/17 14:02 deploy": true, "Aug 17: paged": true,
		"17 Aug 14:02 paged": true, "-20 13:09 Kim": true, "Mon 09:12 paged": true,
		"2021-08-17T14:02 paged": true, "March 5 - deploy": true,
		"October 23, 2023, 13:06 (UTC): found": true, "Oct 23, 2023: found": true,
		"October 23, 2023 was a Monday": false,
		"Aug 17 was the day we moved":   false, "May be related to the cache": false,
		"2021 was a busy year": false, "-5 degrees outside": false, "Marching on": false,
	} {
		if got := startsWithDate(s); got != want {
			t.Errorf("startsWithDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestEmphasisUnderscores: underscores of Markdown emphasis are not part of
// the word, those inside a snake_case name are, and a rule of underscores
// is no word at all.
func TestEmphasisUnderscores(t *testing.T) {
	d := &doc{}
	d.tokenize("this _particular_ bug in retry_queue ___")
	var got []string
	for _, tk := range d.toks {
		got = append(got, tk.word)
	}
	want := []string{"this", "particular", "bug", "in", "retry_queue"}
	if len(got) != len(want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens %q, want %q", got, want)
		}
	}
}

// TestOrdinaryProse: shapes from technical prose that is not a postmortem
// (changelogs, READMEs, contributing guides), written for debrief, where
// the rules raised nearly nothing but false alarms; the twins flag.
func TestOrdinaryProse(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		// A phrase does not run across a clause break.
		{"vague-action", "- **test**: more cases for the date parser", "We should test more."},
		// "More" grading the next word is a comparison, not an amount.
		{"vague-action", "- make the flaky socket test more robust", "We need to test more."},
		// A vague action with its ticket beside it is tracked, named work.
		{"vague-area", "- Add missing tests and conditions (Kim) [#4121]", "- Add missing tests and conditions"},
		// What a change did, as a changelog says it.
		{"vague-area", "- Added a few more tests for the lexer", "- We never added more tests"},
		{"vague-area", "- doc: adds missing documentation.", "- Missing documentation."},
		// A pointer to another document, and a stated purpose.
		{"vague-area", "Please read more in our documentation.", "We need more documentation."},
		{"diligence-call", "Header parsing now aligns more closely with the spec.", "- Read the runbook more carefully before paging."},
		{"vague-area", "See the backport guide for more documentation and options.", "We need more documentation and options."},
		{"vague-action", "The goal of the meetup is to raise awareness of the new API.", "We must raise awareness."},
		// Caution that names its step or its hazard.
		{"vague-action", "With a shared config file you should be cautious and review your settings.", "You should be cautious."},
		{"vague-action", "Be careful with this flag, as it can expose the private key.", "Be careful."},
		{"vague-action", "Be cautious as it could expose the private key to other users.", "Be cautious."},
		// A commit subject's component label names what changed.
		{"vague-action", "    diff-filter: be more careful when looking for negative bits", "    Process: be more careful when looking for negative bits"},
		{"vague-area", "* t4058: add more tests", "* Testing: add more tests"},
		{"vague-action", "\t* doc/dc.1, doc/dc.texi: be more careful in the examples", "\t* On-call: be more careful in the examples"},
		// A conduct adjective on a thing, a setting's value, licence text.
		{"blame-labels", "- readline: close dumb terminals on Ctrl+D", "Kim made a dumb mistake on Ctrl+D."},
		{"blame-labels", "- src: remove unprofessional slang from the assertions", "Kim was unprofessional in the review."},
		{"blame-labels", "- fix this incredibly stupid leak in the socket pool", "It was a stupid decision to ship the pool."},
		{"blame-labels", "- console: no colour codes when TERM=dumb", "The on-call was dumb."},
		{"blame-labels", "IN NO EVENT SHALL THE AUTHORS BE LIABLE (INCLUDING NEGLIGENCE OR OTHERWISE)", "The outage came from negligence."},
		{"blame-labels", "- repl: fix overzealous top-level await", "The team had reckless working habits."},
		{"blame-labels", "- readline: close dumb terminals on Ctrl+D", "It was a sloppy pull request."},
		// An account of a mistake found, by the writer or the team.
		{"fault-adverb", "We'd accidentally caused this with the move to the new build tool.", "Dana accidentally deleted the production bucket."},
		{"fault-adverb", "We inadvertently introduced the regression in the cache layer.", "We wrongly assumed the release was tagged."},
		{"fault-adverb", "We incorrectly tagged the release.", "The release manager incorrectly tagged the release."},
		// A capitalised verb opening a line is an imperative, not a name;
		// what one should have received is an expectation.
		{"person-failure", "- Remove ignored files when they are in the way", "Kim ignored the failing check."},
		{"should-have", "You should have received a copy of the licence with this program.", "You should have reviewed the licence."},
		// An organisation's standing policy, in the present tense.
		{"person-failure", "- Mainnet: the platform team does **not** run public snapshot hosts.", "The platform team did not run the snapshot check."},
		// "If only" that restricts, "merely" that describes, "more closely"
		// meaning more alike.
		{"if-only", "If only the headers are downloaded, the build uses the system zlib.", "If only we had pinned the zlib version."},
		{"if-only", "It makes the tool better, even if only by a little.", "If only someone'd checked the headers."},
		{"if-only", "If only the headers are downloaded, the build is quick.", "If only we tested the restore."},
		{"minimising", "This package is merely a copy of the internal diff package.", "He merely had to press the rollback button."},
		{"minimising", "It lists what is merely in the module graph.", "The fix was merely a restart."},
		{"minimising", "The handle is merely released, and can be used again.", "Kim merely restarted the pod."},
		{"diligence-call", "Header parsing now aligns more closely with the spec.", "Watch the error rate more closely."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}

// TestDoneSections: under a release's or changelog's heading a vague line
// is a change made; under any other heading it is an action item asked
// for and flags.
func TestDoneSections(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, head := range []string{"## [1.4.2] - 2024-05-01", "## v0.3.1", "Changelog\n=========", "### Fixed",
		"## Release notes", "**What we changed**", "dbus 1.14.10 (2023-09-01)\n==========", "## 1.4.2\n\n### Fixed"} {
		if fs := c.Check(head + "\n\n- Improve documentation\n- Test more\n"); len(fs) != 0 {
			t.Errorf("under %q: %s", head, describe(fs))
		}
	}
	for _, head := range []string{"## Action items", "## 14:02 paging", "## What went wrong", "### Next steps",
		"## What we did wrong",
		"# Flutter 2.8 Stable Retrospective", "## 1.4.2\n\n### Fixed\n\n## Action items"} {
		if fs := c.Check(head + "\n\n- Improve documentation\n"); !hasRule(fs, "vague-area") {
			t.Errorf("under %q: want vague-area, got %s", head, describe(fs))
		}
	}
	doc := "## 1.4.2\n\n- Improve documentation\n\n## Action items\n\n- Improve documentation\n"
	if fs := c.Check(doc); len(fs) != 1 || fs[0].Line != 7 {
		t.Errorf("want one finding on line 7, got %s", describe(fs))
	}
}

// TestReleaseNotes: a release's notes are not a postmortem: under their
// heading nothing flags, while a postmortem titled with a version, or a
// section of improvements asked for, still does.
func TestReleaseNotes(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	notes := "Parser 2.9 Release Notes\n========================\n\nFixes since 2.8\n---------------\n\n" +
		" * We forgot to close the file after reading the index.\n\n * The index format was not documented.\n"
	if fs := c.Check(notes); len(fs) != 0 {
		t.Errorf("release notes: %s", describe(fs))
	}
	for _, doc := range []string{
		"# v2.0.1 patch upgrade\n\n- We forgot to close the file after reading the index.\n",
		"# Parser 2.9 Postmortem\n\n- We forgot to close the file after reading the index.\n",
		"## Improvements\n\n- Improve monitoring.\n",
		// A release's own postmortem: its sections say what the text is.
		"# v3.2.0 Release\n\n**Summary**\n\nThe build broke.\n\n**What went wrong**\n\n- We did not effectively review the code we merged.\n",
		"## 4.1.0\n\n### Root causes\n\n- We forgot to close the file after reading the index.\n",
	} {
		if fs := c.Check(doc); len(fs) == 0 {
			t.Errorf("%q: want a finding", doc)
		}
	}
}
