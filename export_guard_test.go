package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
)

var meetingStart = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// sessionEvents is a short meeting: created, started, n notes.
func sessionEvents(n int) []model.Event {
	ag := agenda.Default()
	evs := []model.Event{
		{Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout errors", Service: "payments", Severity: model.SEV2}},
		{Kind: model.PhaseStarted, Phase: ag.Phases[0].ID},
	}
	for i := range n {
		evs = append(evs, model.Event{Kind: model.NoteAdded, Phase: ag.Phases[0].ID, Note: i + 1, Text: fmt.Sprintf("note %d", i+1)})
	}
	for i := range evs {
		evs[i].Seq, evs[i].At = i+1, meetingStart.Add(time.Duration(i)*time.Second)
	}
	return evs
}

// writeSession writes a closed session file of n notes, and returns it.
func writeSession(t *testing.T, path string, n int) *store.File {
	t.Helper()
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Append(sessionEvents(n)...); err != nil {
		t.Fatal(err)
	}
	return f
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExportNeverReplacesWhatDebriefDidNotWrite is breaks 1 and 2: --actions
// and -o onto someone's README, onto the session file itself, onto a
// running meeting's file, or onto a document that merely mentions a debrief
// session, all exit 2 and leave the file as it was, even with --force for a
// session.
func TestExportNeverReplacesWhatDebriefDidNotWrite(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "s.debrief.yaml")
	writeSession(t, sess, 3).Close()
	open := filepath.Join(dir, "running.debrief.yaml")
	live := writeSession(t, open, 2)
	defer live.Close()
	readme := filepath.Join(dir, "README.md")
	os.WriteFile(readme, []byte("# Our team\n\nWhat a debrief session is.\n"), 0o644)

	cases := []struct {
		name string
		args []string
		file string
	}{
		{"actions onto a README", []string{"export", sess, "--actions", readme}, readme},
		{"actions onto the session itself", []string{"export", sess, "--actions", sess}, sess},
		{"actions onto the session, forced", []string{"export", sess, "--actions", sess, "--force"}, sess},
		{"-o onto the session itself", []string{"export", sess, "-o", sess}, sess},
		{"-o onto the session, forced", []string{"export", sess, "-o", sess, "--force"}, sess},
		{"-o onto a document naming a debrief session", []string{"export", sess, "-o", readme}, readme},
		{"-o onto a running meeting's session", []string{"export", sess, "-o", open, "--force"}, open},
		{"actions onto a running meeting's session", []string{"export", sess, "--actions", open, "--force"}, open},
		{"-o fine but --actions refused writes neither", []string{"export", sess, "-o", filepath.Join(dir, "new.md"), "--actions", readme}, readme},
	}
	for _, tc := range cases {
		before := mustRead(t, tc.file)
		code, _, stderr := runCmd(tc.args...)
		if code != exitError || !strings.Contains(stderr, "not writing") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and a reason", tc.name, code, stderr)
		}
		if mustRead(t, tc.file) != before {
			t.Errorf("%s: the file was changed", tc.name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "new.md")); err == nil {
		t.Error("-o was written although --actions was refused")
	}
	// The running meeting still appends and reads back whole.
	if err := live.Append(sessionEvents(3)[4]); err != nil {
		t.Fatal(err)
	}
	if evs, _, err := store.Load(open); err != nil || len(evs) != 5 {
		t.Fatalf("the running meeting's file: %d events, %v", len(evs), err)
	}
}

// TestExportRefusesAHandEditedExport is issue 9's defect 3: a second export
// replaces the first, but not once someone edited it, unless --force.
func TestExportRefusesAHandEditedExport(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "s.debrief.yaml")
	writeSession(t, sess, 2).Close()
	out := filepath.Join(dir, "s.md")
	acts := filepath.Join(dir, "s.actions.yaml")
	for range 2 {
		if code, _, stderr := runCmd("export", sess, "-o", out, "--actions", acts); code != exitOK {
			t.Fatalf("export: %d %s", code, stderr)
		}
	}
	for _, p := range []string{out, acts} {
		edited := mustRead(t, p) + "\nA reviewer's addition.\n"
		os.WriteFile(p, []byte(edited), 0o600)
		args := []string{"export", sess, "-o", out}
		if p == acts {
			args = []string{"export", sess, "--actions", acts}
		}
		code, _, stderr := runCmd(args...)
		if code != exitError || !strings.Contains(stderr, "edited since debrief wrote it") || !strings.Contains(stderr, "--force") {
			t.Errorf("%s edited: exit %d, %q", p, code, stderr)
		}
		if mustRead(t, p) != edited {
			t.Errorf("%s: the edit was lost", p)
		}
		if code, _, stderr := runCmd(append(args, "--force")...); code != exitOK || strings.Contains(mustRead(t, p), "reviewer") {
			t.Errorf("%s --force: exit %d %q", p, code, stderr)
		}
	}
}

// TestCtrlOExportWritesBesideAnEditedExport: the meeting's ctrl+o never
// destroys an edited export; it writes the new one beside it and says where.
func TestCtrlOExportWritesBesideAnEditedExport(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "m.debrief.yaml")
	writeSession(t, sess, 2).Close()
	ex := exporter(sess, nil)
	evs := sessionEvents(2)
	_, p1, err := ex(evs, meetingStart)
	if err != nil || p1 != filepath.Join(dir, "m.md") {
		t.Fatalf("first ctrl+o: %q %v", p1, err)
	}
	if _, p, err := ex(evs, meetingStart); err != nil || p != p1 {
		t.Fatalf("second ctrl+o: %q %v, want it to replace %s", p, err, p1)
	}
	edited := mustRead(t, p1) + "edited by hand\n"
	os.WriteFile(p1, []byte(edited), 0o600)
	_, p2, err := ex(evs, meetingStart)
	if err != nil || p2 != filepath.Join(dir, "m-2.md") {
		t.Fatalf("ctrl+o after an edit: %q %v, want m-2.md", p2, err)
	}
	if mustRead(t, p1) != edited {
		t.Fatal("ctrl+o replaced the edited export")
	}
}

// TestExportThroughSymlink is break 8 for -o: the link's target gets the
// export and the link stays.
func TestExportThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "s.debrief.yaml")
	writeSession(t, sess, 2).Close()
	real := filepath.Join(dir, "docs-pm.md")
	link := filepath.Join(dir, "pm.md")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	runCmd("export", sess, "-o", real)
	if code, _, stderr := runCmd("export", sess, "-o", link); code != exitOK || !strings.Contains(stderr, "through the link") {
		t.Fatalf("exit %d %q", code, stderr)
	}
	if li, _ := os.Lstat(link); li.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link became a file")
	}
}

// TestCtrlOExportWritesBesideALinkToNowhere: a name beside the session
// that ctrl+o may never write (a symbolic link to a file that is gone, a
// folder) is passed over like an edited export, not the end of the export.
func TestCtrlOExportWritesBesideALinkToNowhere(t *testing.T) {
	dir := t.TempDir()
	sess := filepath.Join(dir, "m.debrief.yaml")
	writeSession(t, sess, 2).Close()
	if err := os.Symlink(filepath.Join(dir, "gone.md"), filepath.Join(dir, "m.md")); err != nil {
		t.Skip(err)
	}
	os.Mkdir(filepath.Join(dir, "m-2.md"), 0o700)
	_, p, err := exporter(sess, nil)(sessionEvents(2), meetingStart)
	if err != nil || p != filepath.Join(dir, "m-3.md") {
		t.Fatalf("ctrl+o beside a link to nowhere and a folder: %q %v, want m-3.md", p, err)
	}
	if li, err := os.Lstat(filepath.Join(dir, "m.md")); err != nil || li.Mode()&os.ModeSymlink == 0 {
		t.Error("the link is no longer a link")
	}
}
