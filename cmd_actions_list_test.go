package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// listDay is the day the listing tests look at the hand-made archive.
var listDay = time.Date(2026, 11, 21, 16, 0, 0, 0, time.UTC)

// actionsArchive copies archive/testdata/actions: a session file whose
// first item was marked done by its events and whose second has a GitHub
// ticket recorded, an export whose Status column closes one item and
// strikes another, owners written as handles and as addresses, and a
// README that is not a postmortem.
func actionsArchive(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("archive/testdata/actions")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// listAt runs the listing on a fixed day, with the archive's folder
// written as DIR in what it printed.
func listAt(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := actionsList(append([]string{dir}, args...), listDay, &out, &errb)
	return code, strings.ReplaceAll(out.String(), dir, "DIR"), errb.String()
}

func TestActionsListByOwnerAndDueDate(t *testing.T) {
	dir := actionsArchive(t)
	code, out, errs := listAt(t, dir)
	want := `@hana: 1 open, 1 overdue
  PM-2025-251-002  2025-10-15  402 days overdue   Alert on the cache miss ratio
                   search · SRCH-10 · DIR/2025/cache-stampede.md:27

@erik: 2 open, 2 overdue
  PM-2026-061-002  2026-04-15  220 days overdue   Fence the old primary before promoting a replica
                   orders · https://github.com/example/orders/issues/12 · DIR/2026/failover.debrief.yaml:9
  PM-2026-061-004  2026-05-01  204 days overdue   Document the manual failover steps
                   orders · no ticket · DIR/2026/failover.debrief.yaml:11

fay@example.com: 1 open, 0 overdue
  PM-2026-061-003  2099-06-30  due in 26519 days  Rehearse the failover every quarter
                   orders · no ticket · DIR/2026/failover.debrief.yaml:10

dana@example.com: 1 open, 0 overdue
  PM-2025-251-004  2099-12-01  due in 26673 days  Review the default cache lifetimes
                   search · SRCH-12 · DIR/2025/cache-stampede.md:29

5 open action items, 3 overdue
`
	if code != exitFindings || out != want {
		t.Fatalf("exit %d, want 1; got:\n%s\nwant:\n%s\nstderr: %s", code, out, want, errs)
	}
	// The README is said once, when first seen.
	if !strings.Contains(errs, "README.md:1: not a debrief export") {
		t.Errorf("stderr: %s", errs)
	}
	if _, _, errs = listAt(t, dir); errs != "" {
		t.Errorf("the README was reported again: %s", errs)
	}
}

func TestActionsListFilters(t *testing.T) {
	dir := actionsArchive(t)
	tests := []struct {
		args []string
		code int
		ids  []string
	}{
		{[]string{"--overdue"}, exitFindings, []string{"PM-2025-251-002", "PM-2026-061-002", "PM-2026-061-004"}},
		{[]string{"--owner", "ERIK"}, exitFindings, []string{"PM-2026-061-002", "PM-2026-061-004"}},
		{[]string{"--owner", "@erik", "--service", "search"}, exitOK, nil},
		// A handle finds the same name's address, and the other way round.
		{[]string{"--owner", "@dana"}, exitOK, []string{"PM-2025-251-004"}},
		{[]string{"--owner", "fay"}, exitOK, []string{"PM-2026-061-003"}},
		{[]string{"--owner", "hana@example.com"}, exitFindings, []string{"PM-2025-251-002"}},
		{[]string{"--service", "orders"}, exitFindings, []string{"PM-2026-061-002", "PM-2026-061-004", "PM-2026-061-003"}},
		{[]string{"--service", "search", "--overdue"}, exitFindings, []string{"PM-2025-251-002"}},
		{[]string{"--owner", "fay", "--overdue"}, exitOK, nil},
	}
	for _, tc := range tests {
		code, out, errs := listAt(t, dir, append(tc.args, "--format", "json")...)
		var got struct {
			Now     string
			Open    int
			Overdue int
			Items   []struct{ ID string }
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%s%s", tc.args, err, out, errs)
		}
		var ids []string
		for _, it := range got.Items {
			ids = append(ids, it.ID)
		}
		if code != tc.code || !slices.Equal(ids, tc.ids) || got.Open != len(tc.ids) || got.Now != "2026-11-21" {
			t.Errorf("%v: exit %d, %v; want %d, %v", tc.args, code, ids, tc.code, tc.ids)
		}
	}
	// Text says when there is nothing to do, within the filters given,
	// so a misspelt owner does not read as every promise kept.
	if code, out, _ := listAt(t, dir, "--owner", "fay", "--overdue"); code != exitOK || out != "No overdue action items owned by fay.\n" {
		t.Errorf("exit %d: %q", code, out)
	}
	if code, out, _ := listAt(t, dir, "--owner", "nobody", "--service", "pay\x1b[2Jments"); code != exitOK || out != "No open action items owned by nobody of the service pay\\x1b[2Jments.\n" {
		t.Errorf("exit %d: %q", code, out)
	}
}

// Closing an item with `debrief actions done` takes it off the list, and
// reopening puts it back: the session file changed, so it is read again.
func TestActionsDoneLeavesTheList(t *testing.T) {
	dir := actionsArchive(t)
	session := filepath.Join(dir, "2026", "failover.debrief.yaml")
	if code, out, _ := runCmd("actions", dir, "--owner", "erik"); code != exitFindings || !strings.Contains(out, "PM-2026-061-004") {
		t.Fatalf("before: exit %d\n%s", code, out)
	}
	if code, _, errs := runCmd("actions", "done", session, "PM-2026-061-004"); code != exitOK {
		t.Fatal(errs)
	}
	code, out, _ := runCmd("actions", dir, "--owner", "erik")
	if code != exitFindings || strings.Contains(out, "PM-2026-061-004") || !strings.Contains(out, "PM-2026-061-002") {
		t.Fatalf("after done: exit %d\n%s", code, out)
	}
	runCmd("actions", "done", session, "2")
	if code, out, _ = runCmd("actions", dir, "--owner", "erik"); code != exitOK || out != "No open action items owned by erik.\n" {
		t.Fatalf("every item done: exit %d\n%s", code, out)
	}
	runCmd("actions", "reopen", session, "4")
	if code, out, _ = runCmd("actions", dir, "--owner", "erik"); code != exitFindings || !strings.Contains(out, "PM-2026-061-004") {
		t.Fatalf("after reopen: exit %d\n%s", code, out)
	}
}

func TestActionsListExitCodes(t *testing.T) {
	dir := actionsArchive(t)
	// Nothing overdue is 0 on any day before 2099; something overdue is 1.
	if code, _, errs := runCmd("actions", dir, "--owner", "fay"); code != exitOK {
		t.Errorf("nothing overdue: exit %d %s", code, errs)
	}
	if code, _, _ := runCmd("actions", dir, "--overdue"); code != exitFindings {
		t.Errorf("overdue: exit %d", code)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"actions", filepath.Join(dir, "missing")}, "missing"},
		{[]string{"actions", filepath.Join(dir, "README.md")}, "is not a folder"},
		{[]string{"actions", dir, "--format", "csv"}, `--format "csv"`},
		{[]string{"actions", dir, "--owner"}, "--owner needs a value"},
		{[]string{"actions", "close", dir}, `unknown subcommand "close"`},
		{[]string{"actions", dir, dir}, "usage: debrief actions [DIR]"},
	} {
		if code, out, errs := runCmd(tc.args...); code != exitError || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("%q: exit %d, %s%s; want 2 and %q", tc.args, code, out, errs, tc.want)
		}
	}
}

// Text from someone's export reaches the terminal with its control
// characters shown, never acted on.
func TestActionsListEscapesText(t *testing.T) {
	dir := actionsArchive(t)
	p := filepath.Join(dir, "2025", "cache-stampede.md")
	data, _ := os.ReadFile(p)
	data = bytes.Replace(data, []byte("Alert on the cache"), []byte("Alert \x1b]0;pwned\x07on the \x1b[2Jcache"), 1)
	data = bytes.Replace(data, []byte("@hana"), []byte("@ha\x9bna"), 1)
	os.WriteFile(p, data, 0o644)
	code, out, _ := listAt(t, dir)
	if code != exitFindings || strings.ContainsAny(out, "\x1b\x07\u009b") || !strings.Contains(out, `Alert \x1b]0;pwned`) {
		t.Fatalf("exit %d:\n%q", code, out)
	}
}

// A broken session in the archive is left out and counted on every run;
// the rest is listed; debrief archive names it with its line.
func TestActionsListSkipsABrokenFile(t *testing.T) {
	dir := actionsArchive(t)
	data, _ := os.ReadFile(filepath.Join(dir, "2026", "failover.debrief.yaml"))
	lines := strings.SplitAfter(string(data), "\n")
	lines[7] = "- {\"seq\":3,\"at\":\"2026-03-04T15:02:00Z\",\"kind\":\"note_added\",\"note\":\"one\"}\n"
	os.WriteFile(filepath.Join(dir, "2026", "copy.debrief.yaml"), []byte(strings.Join(lines, "")), 0o644)
	for range 2 {
		code, out, errs := listAt(t, dir, "--service", "search")
		if code != exitFindings || !strings.Contains(out, "PM-2025-251-002") || !strings.Contains(errs, "1 file skipped as broken") {
			t.Fatalf("exit %d\n%s%s", code, out, errs)
		}
	}
	if _, _, errs := runCmd("archive", dir); !strings.Contains(errs, "2026/copy.debrief.yaml:8: ") {
		t.Fatalf("archive: %s", errs)
	}
}
