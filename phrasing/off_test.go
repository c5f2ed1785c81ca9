package phrasing

import (
	"strings"
	"testing"
)

// offTeam ships a rule switched off; a second file enables it.
const offTeam = `rules:
  - id: yolo-off
    off: true
    category: label
    severity: warning
    message: Labels the change instead of describing it.
    phrases: [yolo]
    examples:
      match: ['We shipped it YOLO.']
      nomatch: ['We shipped it after review.']
`

// TestOffRuleEnable: a rule with `off: true` flags nothing and is not listed
// until a later file enables it; then it works, examples and all.
func TestOffRuleEnable(t *testing.T) {
	const line = "We shipped it YOLO."
	r, err := ParseRules("team.yaml", []byte(offTeam), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if fs := NewChecker(r, nil).Check(line); hasRule(fs, "yolo-off") {
		t.Fatalf("an off rule flagged: %s", describe(fs))
	}
	for _, id := range r.IDs() {
		if id == "yolo-off" {
			t.Fatal("an off rule is listed among the active ids")
		}
	}
	on, err := ParseRules("mine.yaml", []byte("enable: [yolo-off]\n"), r)
	if err != nil {
		t.Fatal(err)
	}
	c := NewChecker(on, nil)
	if fs := c.Check(line); !hasRule(fs, "yolo-off") {
		t.Fatalf("the enabled rule did not flag %q: %s", line, describe(fs))
	}
	found := false
	for _, x := range on.Rules() {
		if x.ID == "yolo-off" {
			found = len(x.Match) == 1 && len(x.NoMatch) == 1
		}
	}
	if !found {
		t.Error("the enabled rule is not listed with its examples")
	}
	// The first file's own Rules are untouched by the second.
	if fs := NewChecker(r, nil).Check(line); hasRule(fs, "yolo-off") {
		t.Error("enabling in a later file changed the earlier rules")
	}
	// Disabling a rule that is already off is not an error; enabling an
	// unknown id is, with the file and line.
	if _, err := ParseRules("mine.yaml", []byte("disable: [yolo-off]\n"), r); err != nil {
		t.Errorf("disable of an off rule: %v", err)
	}
	_, err = ParseRules("mine.yaml", []byte("enable: [no-such-rule]\n"), r)
	if err == nil || !strings.Contains(err.Error(), "mine.yaml:1") {
		t.Errorf("enable of an unknown id: %v", err)
	}
	// A default rule redefined with off: true stops flagging.
	r2, err := ParseRules("team.yaml", []byte(`rules:
  - id: root-cause
    off: true
    category: rootcause
    severity: suggestion
    message: Off for this team.
    phrases: ["root cause"]
`), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if fs := NewChecker(r2, nil).Check("The root cause was a bad config push."); hasRule(fs, "root-cause") {
		t.Errorf("a rule redefined with off: true still flags: %s", describe(fs))
	}
	if _, err := ParseRules("team.yaml", []byte("rules:\n  - id: x\n    off: maybe\n"), DefaultRules()); err == nil {
		t.Error("off: maybe was accepted")
	}
}
