package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

func TestActionsDoneReopen(t *testing.T) {
	path := actionSession(t)
	code, stdout, stderr := runCmd("actions", "done", path, "PM-2026-323-002")
	if code != exitOK || !strings.Contains(stdout, "PM-2026-323-002 is done") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	if code, _, _ = runCmd("actions", "done", path, "4"); code != exitOK {
		t.Fatal("done by number")
	}
	before, _ := os.ReadFile(path)
	code, stdout, _ = runCmd("actions", "done", path, "pm-2026-323-002")
	if after, _ := os.ReadFile(path); code != exitOK || !strings.Contains(stdout, "already done") || string(after) != string(before) {
		t.Fatalf("marking a done item done again recorded something: %s", stdout)
	}
	if code, _, _ = runCmd("actions", "reopen", path, "4"); code != exitOK {
		t.Fatal("reopen")
	}
	st := sessionState(t, path)
	if st.Tracking(2).Status != model.StatusDone || st.Tracking(4).Status != model.StatusOpen || st.Tracking(1).Status != model.StatusOpen {
		t.Fatalf("statuses %v %v %v", st.Tracking(1), st.Tracking(2), st.Tracking(4))
	}
	_, md, _ := runCmd("export", path)
	if !strings.Contains(md, "| 2 | Gate canary on pool headroom | @bo | 2026-12-18 | ENG-4421 | P2 | prevent | done |") {
		t.Errorf("the export does not show the status:\n%s", md)
	}
}

func TestActionsSyncFromJira(t *testing.T) {
	path := actionSession(t)
	dir := t.TempDir()
	// Jira's export: item 1 was created from our CSV (found by its label),
	// ENG-4421 is item 2's typed key, another ticket is unrelated.
	export := filepath.Join(dir, "jira-export.csv")
	os.WriteFile(export, []byte("\xef\xbb\xbfSummary,Issue key,Issue id,Issue Type,Status,Resolution,Labels,Labels,Labels\n"+
		"Add pool utilisation alert,OPS-17,10017,Task,Done,Done,postmortem,PM-2026-323-001,detect\n"+
		"Gate canary on pool headroom,ENG-4421,9001,Story,In Progress,Unresolved,,,\n"+
		"Unrelated,OPS-3,10003,Bug,Closed,Fixed,,,\n"), 0o600)
	code, stdout, stderr := runCmd("actions", "sync", path, "--from", "jira-csv", export)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"PM-2026-323-001: ticket OPS-17", "PM-2026-323-001: done (jira OPS-17: Done (Done))"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	st := sessionState(t, path)
	if tr := st.Tracking(1); tr.Status != model.StatusDone || tr.Ticket != "OPS-17" {
		t.Fatalf("item 1: %+v", tr)
	}
	if st.Tracking(2).Status != model.StatusOpen {
		t.Fatal("an unresolved ticket closed its item")
	}
	before, _ := os.ReadFile(path)
	code, stdout, _ = runCmd("actions", "sync", path, "--from", "jira-csv", export)
	if after, _ := os.ReadFile(path); code != exitOK || string(after) != string(before) || !strings.Contains(stdout, "nothing recorded") {
		t.Fatalf("a second sync recorded again: %s", stdout)
	}
	// ENG-4421 closes: the next sync says so.
	os.WriteFile(export, []byte("Issue key,Status,Resolution\nENG-4421,Closed,\n"), 0o600)
	if code, stdout, _ = runCmd("actions", "sync", path, "--from", "jira-csv", export); code != exitOK || !strings.Contains(stdout, "PM-2026-323-002: done") {
		t.Fatalf("%d %s", code, stdout)
	}
}

// TestRunExitCodes holds every new command's refusals to exit status 2,
// with a message that names what is wrong, and nothing written.
func TestRunExitCodes(t *testing.T) {
	path := actionSession(t)
	dir := t.TempDir()
	noKey := filepath.Join(dir, "nokey.csv")
	os.WriteFile(noKey, []byte("Summary,Status\nx,Done\n"), 0o600)
	badQuote := filepath.Join(dir, "bad.csv")
	os.WriteFile(badQuote, []byte("Issue key,Status\nOPS-1,\"Done\n"), 0o600)
	badImport := filepath.Join(dir, "bad-timeline.csv")
	os.WriteFile(badImport, []byte("2026-11-19 09:14,ok\nlater,broken\n"), 0o600)
	before, _ := os.ReadFile(path)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"actions", dir, "--format", "yaml"}, `--format "yaml"`},
		{[]string{"actions", "close", path, "1"}, `unknown subcommand "close"`},
		{[]string{"actions", "done", path}, "usage"},
		{[]string{"actions", "done", path, "PM-1999-001-009"}, `no action item "PM-1999-001-009": use an id such as PM-2026-323-001 or a number from 1 to 4`},
		{[]string{"actions", "done", filepath.Join(dir, "missing.yaml"), "1"}, "missing.yaml"},
		{[]string{"actions", "sync", path, "--from", "github", noKey}, `--from "github"`},
		{[]string{"actions", "sync", path, "--from", "jira-csv", noKey}, "nokey.csv:1: want the columns Issue key and Status"},
		{[]string{"actions", "sync", path, "--from", "jira-csv", badQuote}, "bad.csv:2:"},
		{[]string{"actions", "sync", path, "--from", "jira-csv", dir}, "not a regular file"},
		{[]string{"tickets", path}, "which tracker? give --to"},
		{[]string{"tickets", path, "--to", "asana"}, `--to "asana"`},
		{[]string{"tickets", path, "--to", "jira-csv", "--run"}, "use it with --to github"},
		{[]string{"tickets", path, "--to", "github", "--run", "-o", "x.sh"}, "leave out -o"},
		{[]string{"tickets", filepath.Join(dir, "missing.yaml"), "--to", "jira-csv"}, "missing.yaml"},
		{[]string{"new", "--import", badImport, "--session", filepath.Join(dir, "never.yaml")}, "bad-timeline.csv:2: time \"later\""},
		{[]string{"new", "--import", "jira:" + badImport, "--session", filepath.Join(dir, "never.yaml")}, `unknown kind "jira"`},
		{[]string{"new", "--import", badImport, "--window", "yesterday", "--session", filepath.Join(dir, "never.yaml")}, "--window"},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(tc.args...)
		if code != exitError || !strings.Contains(stdout+stderr, tc.want) {
			t.Errorf("%q: exit %d, output %s%s; want 2 and %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a refused command changed the session")
	}
	if _, err := os.Stat(filepath.Join(dir, "never.yaml")); err == nil {
		t.Error("a refused import left a session file")
	}
	// A session open in a meeting is not written to behind its back.
	f, _, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if code, _, stderr := runCmd("actions", "done", path, "1"); code != exitError {
		t.Errorf("a locked session: exit %d %s", code, stderr)
	}
}

// TestActionsDoneOnExportNamesSessionFile marks an item done naming the
// exported postmortem, as someone with only the .md in git would: the
// answer says the status goes in the session file and names the one
// beside it, instead of a YAML parser's complaint about line 3.
func TestActionsDoneOnExportNamesSessionFile(t *testing.T) {
	session := actionSession(t)
	md := strings.TrimSuffix(session, ".debrief.yaml") + ".md"
	if code, _, stderr := runCmd("export", session, "-o", md); code != exitOK {
		t.Fatalf("export: %s", stderr)
	}
	before, _ := os.ReadFile(md)
	code, _, stderr := runCmd("actions", "done", md, "2")
	if code != exitError {
		t.Fatalf("exit %d, want %d: %s", code, exitError, stderr)
	}
	if !strings.Contains(stderr, "an exported postmortem") || !strings.Contains(stderr, "recorded in the meeting's session file, here "+session) {
		t.Errorf("the message does not point at the session file:\n%s", stderr)
	}
	if after, _ := os.ReadFile(md); string(after) != string(before) {
		t.Error("the export was changed")
	}
}
