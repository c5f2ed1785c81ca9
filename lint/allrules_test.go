package lint

import (
	"strings"
	"testing"
)

// TestAllRules: by default lint leaves out the rules meant for the
// meeting, and --all-rules, or a rules file that enables one, runs
// them; a warning about a person is reported either way, and a switch may
// name a rule lint left out without a warning.
func TestAllRules(t *testing.T) {
	doc := "It is up to operators to stay vigilant during upgrades.\n\nTom should have rolled back sooner.\n\n" +
		"<!-- debrief-disable-next-line vague-action -->\nIt is up to operators to stay vigilant.\n"
	code, out, errOut := run(t, doc)
	if code != 1 || strings.Contains(out, "vague-action") || !strings.Contains(out, "should-have") {
		t.Errorf("default: exit %d\n%s", code, out)
	}
	if errOut != "" {
		t.Errorf("a switch naming a meeting rule warned: %s", errOut)
	}
	code, out, _ = run(t, doc, "--all-rules")
	if code != 1 || !strings.Contains(out, ":1:") || !strings.Contains(out, "vague-action") {
		t.Errorf("--all-rules: exit %d\n%s", code, out)
	}
	if strings.Contains(out, ":6:") {
		t.Errorf("--all-rules ignored the switch:\n%s", out)
	}
	team := write(t, "team.yaml", "enable: [vague-action]\n")
	if _, out, _ = run(t, doc, "--rules", team); !strings.Contains(out, ":1:") {
		t.Errorf("a team file enabling the rule: \n%s", out)
	}
	_, _, help := run(t, "", "--help")
	if !strings.Contains(help, "--all-rules") || !strings.Contains(help, "vague-action") {
		t.Errorf("--help does not name the meeting rules:\n%s", help)
	}
}
