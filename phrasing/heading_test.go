package phrasing

import (
	"strings"
	"testing"
)

// TestHeadingShapes: section names written without "#" (underlined, a
// table's header row, a bold line, a Title Case line in a plain-text
// document) are headings, and a label that names a cause stays a claim.
// Sentences are written for debrief in the shapes real postmortems use.
func TestHeadingShapes(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		{"root-cause", "Root cause and repair\n=====================\n\nThe pool filled up.",
			"Root cause: the pool filled up\n=====================\n"},
		{"root-cause", "| Root cause | Owner |\n|---|---|\n| pool size | Kim |",
			"| Root cause | the pool size |\n| Impact | checkout |"},
		{"root-cause", "Summary of the day\n\nRoot Cause and Repair\n\nThe pool filled up.",
			"Summary of the day\n\nThe root cause was the pool size.\n"},
		{"root-cause", "**Root Cause & Fix:**\n\nThe pool filled up.", "**Root cause:** the pool size\n"},
		{"human-error", "Human Error\n-----------\n\nWe do not use the term.", "It was human error.\n"},
		{"human-error", "**Human Error Is a Starting Point**\n", "**It was human error.**\n"},
		{"root-cause", "Root Cause and Follow-up", "Root Cause: Expired TLS Certificate"},
		{"root-cause", "**Root cause and remediation:**", "**Root cause:** a stale DNS record on the resolver"},
		{"root-cause", "3. Root cause", "3. Root cause was the stale DNS record"},
		{"root-cause", "ROOT CAUSE AND FIX", "## Root cause: the retry storm from the mobile client"},
		{"root-cause", "Root Cause Summary 🔍", "root cause bad config push"},
		{"root-cause", "| Root cause |", "| Root cause | the cache TTL was set to zero |"},
		{"root-cause", "The write-up includes the root cause, the impact and the follow-up items.",
			"The report covers the root cause: a stale DNS record."},
		{"root-cause", "We lost a day chasing incorrect root cause theories.", "The root cause was the stale DNS record."},
		{"root-cause", "Each ticket has a root cause field that the owner fills in.", "- Root cause - the cache TTL was set to zero"},
		{"root-cause", "Root cause: TBD", "Root cause — pool exhaustion"},
		{"root-cause", "Root cause: to be determined", "Root cause: clear ownership was missing for the job"},
		{"root-cause", "Once the root cause was clear, the fix took ten minutes.", "The root cause is clear: the pool was too small."},
		{"root-cause", "The team is working on the root cause.", "The root cause was known to be the pool size."},
		{"root-cause", "The report below explains the root cause and the timeline.", "| **Root cause** | Pool exhaustion |"},
		{"root-cause", "Root cause, impact and resolution", "- Root cause was the pool size"},
		{"root-cause", "🔥 Root Cause", "**Root Cause**: pool exhaustion"},
		{"root-cause", "We need to find out what the root cause was.", "We found that the root cause was the retry policy."},
		{"root-cause", "Further analysis of the root cause is ongoing.", "The root cause was the new retry policy."},
		{"root-cause", "The root cause will be covered in a follow-up post.", "This post covers the root cause: a stale DNS record."},
		{"root-cause", "This document describes the impact, the timeline and the root cause of the outage.",
			"This document explains why the root cause was the retry policy."},
		{"root-cause", "After some digging, we found the root cause.", "We found the root cause in the load balancer."},
		{"root-cause", "We traced the issue to its root cause over the weekend.", "The root cause of the outage was pool exhaustion."},
		{"root-cause", "Knowing the root cause helped us write a regression test.", "Root cause: the retry policy."},
		{"team-missed", "**Where we got lucky**\n\nNobody noticed the stale cache for a week.\n",
			"**What went wrong**\n\nNobody noticed the stale cache for a week.\n"},
		{"team-missed", "Where We Got Lucky\n\nNobody noticed the stale cache for a week.\n",
			"Where We Went Wrong\n\nNobody noticed the stale cache for a week.\n"},
		{"human-error", "Human Error\n===========\n", "It came down to human error.\n---\n"},
		{"root-cause", "## Root Cause Analysis and Fixes", "## The root cause was a stale DNS record"},
		{"root-cause", "| root cause | suggestion | 24/45 |", "| Root cause | the pool size |"},
		{"root-cause", "As far as we can tell, the root cause is a race in the client.", "The root cause is a race in the client."},
		{"root-cause", "The preliminary root cause is a race in the client.", "The actual root cause is a race in the client."},
		{"root-cause", "Our current understanding is that the root cause is a race in the client.",
			"We now know that the root cause is a race in the client."},
		{"blame-labels", "**Careless Copies and Other Hazards**\n", "**We were careless with the copy**\n"},
		{"root-cause", "The doc has three parts: what happened, the root cause, and what we changed.",
			"The root cause, in short, was the retry storm."},
		{"root-cause", "Fill in the summary, the root cause and the action items before Friday.",
			"Confirming that the client update is the root cause took a day."},
		{"root-cause", "The root cause was identified and mitigated at 14:32 UTC.",
			"The root cause was identified in the sequence cache of the database."},
		{"root-cause", "The root cause has been found.", "The root cause was identified as an expired token."},
		{"single-cause", "We fixed the underlying cause in v2.1.", "The underlying cause was a missing index."},
		{"single-cause", "The culprit was a stray cron job, as far as we can tell.", "The culprit was a stray cron job."},
		{"single-cause", "**The Underlying Cause**", "The underlying cause: a stray cron job"},
		{"root-cause", "According to the vendor's report, the root cause was a faulty switch.",
			"After reading the vendor's report, we agree the root cause was a faulty switch."},
		{"human-error", "According to the hosting provider, the outage was due to human error.",
			"The hosting provider's outage was due to human error."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}

// TestHeadingChain: the sections in effect at the end of a text, outermost
// first, with headings of every shape at their levels; a list item or a
// sentence is not a heading, and a chain carried in is replaced from the
// level of the first heading that closes it.
func TestHeadingChain(t *testing.T) {
	for _, tc := range []struct {
		chain []string
		text  string
		want  string
	}{
		{nil, "## Impact\n\nText.\n\n## Where we got lucky\n\nNobody noticed.\n", "## Where we got lucky"},
		{nil, "# Report\n\n**What went well**\n\n- Poor Communication\n", "# Report|####### **What went well**"},
		{nil, "Lessons\n-------\n\nWe paged the team.\n", "## Lessons"},
		{nil, "We paged the team.\n\n- Poor Communication\n", ""},
		{[]string{"# Changelog", "## 1.4.2"}, "### Fixed\n\n- Improve docs\n", "# Changelog|## 1.4.2|### Fixed"},
		{[]string{"# Changelog", "## 1.4.2", "### Fixed"}, "## 1.4.1\n\n- Improve docs\n", "# Changelog|## 1.4.1"},
		{[]string{"## Timeline"}, "no headings here\n", "## Timeline"},
	} {
		got := strings.Join(HeadingChain(append([]string(nil), tc.chain...), tc.text), "|")
		if got != tc.want {
			t.Errorf("HeadingChain(%q, %q) = %q, want %q", tc.chain, tc.text, got, tc.want)
		}
	}
}

// TestCheckSectionsChain: the chain CheckSections reads off the tokenized
// lines is the one HeadingChain reads off the text.
func TestCheckSectionsChain(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, text := range []string{
		"# Report\n\n## Impact\n\nKim paged the team.\n\n**What went well**\n\nNobody noticed.\n",
		"Lessons\n-------\n\nWe paged the team.\n\n### Fixed\n\n- Improve docs\n",
		"# Changelog\n\n## 1.4.2\n\n### Fixed\n\n## 1.4.1\n\nText.\n",
		"No headings at all.\n",
	} {
		_, got := c.CheckSections(nil, text, []string{"# stale"})
		want := HeadingChain(nil, text)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: CheckSections chain %q, HeadingChain %q", text, got, want)
		}
	}
}
