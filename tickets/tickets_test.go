package tickets

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

func item(num int, line string, tr model.Tracking) Item {
	a := model.ParseAction(line, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	a.Note = num
	if tr.Status == "" {
		tr.Status = model.StatusOpen
	}
	ticket := a.Ticket
	if tr.Ticket != "" {
		ticket = tr.Ticket
	}
	return Item{Num: num, ID: "PM-2026-323-00" + string(rune('0'+num)), ActionItem: a, Ticket: ticket, Tracking: tr}
}

func TestToCreateAndFind(t *testing.T) {
	items := []Item{
		item(1, "Add alert @ana P1 #detect", model.Tracking{}),
		item(2, "Gate canary ENG-1 #prevent", model.Tracking{}),
		item(3, "Runbook @bo #process", model.Tracking{Exported: []string{TargetJira}}),
		item(4, "Dashboards @cy", model.Tracking{Ticket: "https://github.com/a/b/issues/1"}),
	}
	todo, skipped := ToCreate(items, TargetJira, false)
	if len(todo) != 1 || todo[0].Num != 1 || skipped != 3 {
		t.Fatalf("jira: %d to create, %d skipped", len(todo), skipped)
	}
	if todo, _ = ToCreate(items, TargetJira, true); len(todo) != 2 {
		t.Fatalf("--again: %d", len(todo))
	}
	if todo, _ = ToCreate(items, TargetLinear, false); len(todo) != 2 {
		t.Fatalf("linear: %d (an item written for Jira is not Linear's)", len(todo))
	}
	for _, id := range []string{"PM-2026-323-003", "pm-2026-323-003", " 3 "} {
		if it, err := Find(items, id); err != nil || it.Num != 3 {
			t.Errorf("Find(%q) = %v %v", id, it.Num, err)
		}
	}
	if _, err := Find(items, "9"); err == nil || !strings.Contains(err.Error(), "1 to 4") {
		t.Errorf("Find(9): %v", err)
	}
	if _, err := Find(nil, "1"); err == nil {
		t.Error("Find in none")
	}
}

func TestReadJiraExportAndSync(t *testing.T) {
	states, err := ReadJiraExport("e.csv", []byte("Summary,Issue key,Status,Resolution,Labels,Labels\n"+
		"a,OPS-1,Done,,postmortem,PM-2026-323-001\n"+
		"b,ENG-1,In Review,Unresolved,,\n"+
		"c,OPS-9,Open,Won't Do,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !states[0].Done() || states[1].Done() || !states[2].Done() || states[2].Line != 4 {
		t.Fatalf("%+v", states)
	}
	items := []Item{
		item(1, "Add alert @ana", model.Tracking{}),
		item(2, "Gate canary ENG-1", model.Tracking{Status: model.StatusDone}),
		item(3, "Something else", model.Tracking{}),
	}
	evs, notes := Sync(items, states, "jira")
	want := []model.Event{
		{Kind: model.TicketLinked, Note: 1, Field: "jira", Value: "OPS-1"},
		{Kind: model.ActionStatusSet, Note: 1, Value: model.StatusDone, Text: "jira OPS-1: Done"},
		{Kind: model.ActionStatusSet, Note: 2, Value: model.StatusOpen, Text: "jira ENG-1: In Review"},
	}
	if len(evs) != len(want) || len(notes) != 3 {
		t.Fatalf("%+v", evs)
	}
	for i := range want {
		if evs[i].Kind != want[i].Kind || evs[i].Note != want[i].Note || evs[i].Value != want[i].Value || evs[i].Text != want[i].Text {
			t.Errorf("event %d: %+v, want %+v", i, evs[i], want[i])
		}
	}
	for _, bad := range []struct{ data, want string }{
		{"", "e.csv: the file is empty"},
		{"Summary,Status\n", "e.csv:1: want the columns Issue key and Status"},
		{"Issue key,Status\n,Done\n", "e.csv:2: Issue key: empty"},
		{"Issue key,Status\nA-1,\"x\n", "e.csv:2:"},
	} {
		if _, err := ReadJiraExport("e.csv", []byte(bad.data)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: %v, want %q", bad.data, err, bad.want)
		}
	}
}

func TestTicketText(t *testing.T) {
	it := item(1, "Fix \x1b[31mred\x1b[0m \u202eevil\u202c @ana due:2026-12-04 P0 #prevent", model.Tracking{})
	desc := description(it, Context{Link: "https://wiki/pm", Title: "Checkout", Severity: model.SEV1})
	for _, want := range []string{"Owner: @ana\n", "Due: 2026-12-04\n", "Priority: P0\n", "Type: prevent\n",
		"From the postmortem “Checkout” (SEV-1): https://wiki/pm\n", "Action item PM-2026-323-001"} {
		if !strings.Contains(desc, want) {
			t.Errorf("description lacks %q:\n%s", want, desc)
		}
	}
	if strings.ContainsAny(desc, "\x1b\u202e") {
		t.Errorf("control characters in %q", desc)
	}
	if s := summary(strings.Repeat("é", 300)); len([]rune(s)) != 255 || !strings.HasSuffix(s, "…") {
		t.Errorf("summary of 300 runes is %d", len([]rune(s)))
	}
	for in, want := range map[string]string{"plain-word_1.2": "plain-word_1.2", "it's": `'it'\''s'`, "": "''", "a b": "'a b'", "$(x)": "'$(x)'"} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
	args := GitHubArgs(item(2, "Mail owner:x@example.com", model.Tracking{}), Context{}, GitHubOptions{Repo: "a/b", Labels: []string{"postmortem"}})
	if strings.Contains(strings.Join(args, " "), "--assignee") || !strings.Contains(strings.Join(args, " "), "--repo a/b --label postmortem") {
		t.Errorf("args %q: an email owner is no GitHub assignee", args)
	}
}
