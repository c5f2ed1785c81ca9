package phrasing

import (
	"strings"
	"testing"
)

// TestParseErrors: bad rule files are refused with FILE:LINE: reason.
func TestParseErrors(t *testing.T) {
	rule := "rules:\n  - id: x\n    category: label\n    severity: warning\n    message: m\n"
	for _, tc := range []struct{ src, want string }{
		{"colour: red\n", "team.yaml:1: unknown key \"colour\""},
		{rule + "    phrases: [a]\n    colour: red\n", "team.yaml:7: unknown rule key \"colour\""},
		{rule + "    pattern: \"(\"\n", "team.yaml:6: pattern: bad regular expression"},
		{rule + "    phrases: [\"{who} did it\"]\n", "team.yaml:6: phrases: \"{who} did it\": unknown placeholder"},
		{"rules:\n  - id: x\n    category: label\n    message: m\n    phrases: [a]\n", "team.yaml:2: rule x: missing severity"},
		{rule, "team.yaml:2: rule x: missing phrases, pattern or detector"},
		{strings.Replace(rule, "label", "blame", 1) + "    phrases: [a]\n", "team.yaml:3: category: unknown \"blame\""},
		{strings.Replace(rule, "warning", "loud", 1) + "    phrases: [a]\n", "team.yaml:4: severity: unknown \"loud\""},
		{"allow: simply\n", "team.yaml:1: allow: want a list of strings"},
		{"people: [1]\n", "team.yaml:1: people: want a string, got a number"},
		{"disable: [no-such-rule]\n", "team.yaml:1: disable: no rule with id \"no-such-rule\""},
		{"rules: [\n", "team.yaml:1: not valid YAML"}, {"rules:\n  - id: x\n\tbad: tab\n", "team.yaml:2: not valid YAML"},
		{rule + "    phrases: [a]\n    examples: {match: [a], maybe: [b]}\n", "team.yaml:7: examples: unknown key \"maybe\""},
	} {
		_, err := ParseRules("team.yaml", []byte(tc.src), DefaultRules())
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant %s", tc.src, err, tc.want)
		}
	}
}

// TestTeamFileLayers: a team file adds, replaces and disables rules and
// allows words, without touching the defaults.
func TestTeamFileLayers(t *testing.T) {
	src := "disable: [minimising]\nallow: [obviously]\npeople: [Zed]\nrules:\n" +
		"  - id: yolo\n    category: hindsight\n    severity: warning\n    message: Say what was risky.\n    phrases: [yolo]\n"
	r, err := ParseRules("team.yaml", []byte(src), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	c := NewChecker(r, nil)
	if fs := c.Check("We did it YOLO. She simply had to restart it. Obviously the pool was too small."); len(fs) != 1 || fs[0].Rule != "yolo" {
		t.Errorf("got %s; want only yolo", describe(fs))
	}
	if fs := c.Check("Zed forgot to renew the certificate."); !hasRule(fs, "person-failure") {
		t.Errorf("team people not recognised: %s", describe(fs))
	}
	if fs := NewChecker(DefaultRules(), nil).Check("She simply had to restart it."); !hasRule(fs, "minimising") {
		t.Error("the team file changed the default rules")
	}
}

// TestApply covers the rewrites the issue names and a stale finding.
// Every rewrite is a statement a team would publish, never a question.
func TestApply(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Mary", "Bob"})
	for _, tc := range []struct{ in, want string }{
		{"Mary didn't order the VMs on time.", "The VMs were not ordered on time."},
		{"Bob should have rolled back.", "Rolling back did not happen."},
		{"Bob should have rolled back sooner.", "Rolling back took longer than it could have."},
		{"09:19 Bob should have rolled back sooner", "09:19 Rolling back took longer than it could have"},
		{"Mary should have checked the canary dashboard before promoting.",
			"The canary dashboard was not checked before promoting."},
		{"Bob shouldn't have deployed on a Friday.", "Deploying on a Friday turned out to be risky."},
		{"Bob ignored the alert.", "The alert was easy to miss."},
		{"Obviously, the pool was too small.", "The pool was too small."},
		{"Root cause: misconfiguration.", "Contributing factor: misconfiguration."},
	} {
		fs := c.Check(tc.in)
		if len(fs) == 0 {
			t.Errorf("%q: no finding", tc.in)
			continue
		}
		if got := fs[0].Apply(tc.in); got != tc.want {
			t.Errorf("%q: Apply = %q, want %q", tc.in, got, tc.want)
		}
		if got := fs[0].Apply("short"); got != "short" {
			t.Errorf("a stale finding changed the text: %q", got)
		}
	}
}

// TestQuestionBesideTheFlag checks the question for the room travels in
// Question, and a who-question offers no replacement at all.
func TestQuestionBesideTheFlag(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Tom"})
	fs := c.Check("Tom should have rolled back sooner.")
	if len(fs) == 0 || fs[0].Question != "What made rolling back hard at the time?" ||
		fs[0].Suggestion != "Rolling back took longer than it could have" {
		t.Errorf("got %+v", fs)
	}
	fs = c.Check("Who deployed this?")
	if len(fs) == 0 || fs[0].Question != "How was this deployed?" || fs[0].Replacement != "" {
		t.Errorf("who-question: got %+v", fs)
	}
}
