package phrasing

import (
	"strings"
	"testing"
)

// meetingTalk are notes in the shapes the meeting-scoped rules read: each
// is flagged in the meeting and left alone in documents.
var meetingTalk = map[string]string{
	"vague-action":   "It is up to operators to stay vigilant during upgrades.",
	"diligence-call": "Take extra care with the next schema change.",
	"punitive":       "Heads will roll after this one.",
}

// TestForDocumentsLeavesMeetingRulesOut: the rules scoped to the meeting
// flag in the meeting's checker and not in the documents' one, and a
// warning about a person is reported by both.
func TestForDocumentsLeavesMeetingRulesOut(t *testing.T) {
	meeting := NewChecker(DefaultRules(), nil)
	docs := NewChecker(DefaultRules().ForDocuments(), nil)
	for rule, note := range meetingTalk {
		if fs := meeting.Check(note); !hasRule(fs, rule) {
			t.Errorf("meeting: %q not flagged by %s: %s", note, rule, describe(fs))
		}
		if fs := docs.Check(note); hasRule(fs, rule) {
			t.Errorf("documents: %q flagged by %s", note, rule)
		}
	}
	const blame = "Tom should have rolled back sooner."
	if fs := docs.Check(blame); !hasRule(fs, "should-have") {
		t.Errorf("documents: %q not flagged: %s", blame, describe(fs))
	}
	// The default set is unchanged by ForDocuments.
	if fs := meeting.Check(meetingTalk["vague-action"]); !hasRule(fs, "vague-action") {
		t.Error("ForDocuments changed the rules it was called on")
	}
}

// TestForDocumentsKeepsWhatTheMeetingAbsorbs: a phrase a meeting rule
// covers is not reported again, in documents, by a wider rule the meeting
// rule's finding used to contain.
func TestForDocumentsKeepsWhatTheMeetingAbsorbs(t *testing.T) {
	const note = "Improve awareness of index rebuild load."
	meeting := NewChecker(DefaultRules(), nil).Check(note)
	if !hasRule(meeting, "vague-action") {
		t.Fatalf("meeting: want vague-action on %q, got %s", note, describe(meeting))
	}
	if fs := NewChecker(DefaultRules().ForDocuments(), nil).Check(note); len(fs) != 0 {
		t.Errorf("documents: want nothing on %q, got %s", note, describe(fs))
	}
}

// TestMeetingScopeListed: the meeting rules are listed, scoped, and each
// has a rule in rules.yaml.
func TestMeetingScopeListed(t *testing.T) {
	ids := DefaultRules().MeetingOnly()
	if len(ids) < len(meetingTalk) {
		t.Fatalf("meeting-only rules: %v", ids)
	}
	scoped := map[string]bool{}
	for _, x := range DefaultRules().Rules() {
		scoped[x.ID] = x.Scope == ScopeMeeting
	}
	for _, id := range ids {
		if !scoped[id] {
			t.Errorf("%s listed as meeting-only but not scoped so", id)
		}
	}
	for id := range meetingTalk {
		if !scoped[id] {
			t.Errorf("%s is not scoped to the meeting", id)
		}
	}
}

// TestEnableRunsMeetingRuleOnDocuments: a team file's `enable` of a
// meeting rule, or a redefinition with `scope: anywhere`, runs it on
// documents too; a bad scope names the file, line and field.
func TestEnableRunsMeetingRuleOnDocuments(t *testing.T) {
	note := meetingTalk["vague-action"]
	on, err := ParseRules("team.yaml", []byte("enable: [vague-action]\n"), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if fs := NewChecker(on.ForDocuments(), nil).Check(note); !hasRule(fs, "vague-action") {
		t.Errorf("enabled, yet not flagged in documents: %s", describe(fs))
	}
	if fs := NewChecker(DefaultRules().ForDocuments(), nil).Check(note); hasRule(fs, "vague-action") {
		t.Error("enabling in a team file changed the default rules")
	}
	const redefined = `rules:
  - id: promise-own
    scope: anywhere
    category: vague
    severity: suggestion
    message: A promise nobody can check.
    phrases: [never again]
`
	r, err := ParseRules("team.yaml", []byte(redefined), DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if fs := NewChecker(r.ForDocuments(), nil).Check("Never again, we said."); !hasRule(fs, "promise-own") {
		t.Errorf("a rule scoped anywhere did not run on documents: %s", describe(fs))
	}
	_, err = ParseRules("team.yaml", []byte(strings.Replace(redefined, "anywhere", "hallway", 1)), DefaultRules())
	if err == nil || !strings.Contains(err.Error(), "team.yaml:3") || !strings.Contains(err.Error(), "scope") {
		t.Errorf("bad scope: got %v, want team.yaml:3 and the field", err)
	}
}
