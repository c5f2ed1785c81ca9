package export

import (
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/debrief-dev/debrief/model"
)

func TestActionsYAMLGolden(t *testing.T) {
	for name, build := range map[string]func(testing.TB) []model.Event{
		"checkout.actions.yaml.golden": checkoutSession, "hostile.actions.yaml.golden": hostileSession,
	} {
		t.Run(name, func(t *testing.T) {
			out, err := ActionsYAML(fold(t, build(t)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, out)
		})
	}
}

// A tracker reading the YAML back gets every item's fields exactly as the
// meeting parsed them, whatever the text held.
func TestActionsYAMLReadsBack(t *testing.T) {
	for name, build := range map[string]func(testing.TB) []model.Event{
		"checkout": checkoutSession, "hostile": hostileSession,
	} {
		t.Run(name, func(t *testing.T) {
			s := fold(t, build(t))
			out, err := ActionsYAML(s, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range string(out) {
				if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f {
					t.Fatalf("raw control character %U in the YAML", r)
				}
			}
			if strings.Contains(string(out), "!!binary") {
				t.Fatal("a field was written as !!binary, which trackers cannot read as text")
			}
			var got []map[string]string
			if err := yaml.Unmarshal(out, &got); err != nil {
				t.Fatalf("the YAML does not parse: %v\n%s", err, out)
			}
			items := s.ActionItems()
			if len(got) != len(items) {
				t.Fatalf("%d items read back, want %d", len(got), len(items))
			}
			for i, a := range items {
				due := ""
				if !a.Due.IsZero() {
					due = a.Due.Format(time.DateOnly)
				}
				// Bytes that are not UTF-8 arrive as U+FFFD, as from the session file.
				want := map[string]string{"what": strings.ToValidUTF8(a.What, "\uFFFD"), "owner": a.Owner, "due": due, "ticket": a.Ticket,
					"priority": a.Priority, "type": a.Type, "status": "open"}
				for k, v := range want {
					if got[i][k] != v {
						t.Errorf("item %d %s = %q, want %q", i+1, k, got[i][k], v)
					}
				}
			}
		})
	}
}

// The ids follow seed 002: PM-<year>-<day of the year>-<item>, and
// prevents says what each type of item reduces.
func TestActionsYAMLFields(t *testing.T) {
	out, err := ActionsYAML(fold(t, checkoutSession(t)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]string
	if err := yaml.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ id, prevents string }{
		{"PM-2026-047-001", "time to detect"},
		{"PM-2026-047-002", "recurrence: Checkout errors after deploy v2.31.4"},
		{"PM-2026-047-003", "recurrence: Checkout errors after deploy v2.31.4"},
		{"PM-2026-047-004", "time to mitigate"},
		{"PM-2026-047-005", ""},
	} {
		if got[i]["id"] != want.id || got[i]["prevents"] != want.prevents {
			t.Errorf("item %d: id %q prevents %q, want %q and %q", i+1, got[i]["id"], got[i]["prevents"], want.id, want.prevents)
		}
	}
}

// Without an incident date the ids take the first timeline date, then the
// day of the meeting.
func TestIncidentDay(t *testing.T) {
	setup := checkoutSetup
	setup.IncidentDate = ""
	s := newSession(time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC), setup, reviewAgenda())
	s.phase("actions")
	s.note("actions", "", "#process Review pool sizes quarterly @omar")
	out, err := ActionsYAML(fold(t, s.events), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "- id: PM-2026-365-001\n  what: Review pool sizes quarterly\n  owner: '@omar'\n  due: \"\"\n  ticket: \"\"\n" +
		"  prevents: Review pool sizes quarterly\n  status: open\n  priority: \"\"\n  type: process\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
