package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSealDetectsEveryEdit(t *testing.T) {
	for _, f := range []Format{Markdown, YAML} {
		doc := Seal([]byte("## [SEV-2] payments: errors\n\nbody\n"), f)
		if !Sealed(doc) {
			t.Fatalf("format %d: a sealed document does not check: %q", f, doc)
		}
		for i := range doc {
			edited := bytes.Clone(doc)
			edited[i] ^= 0x20
			if Sealed(edited) {
				t.Fatalf("format %d: changing byte %d went unnoticed", f, i)
			}
		}
		if Sealed(append(bytes.Clone(doc), "more\n"...)) || Sealed(doc[1:]) {
			t.Fatalf("format %d: text added or cut went unnoticed", f)
		}
	}
	if Sealed([]byte("a debrief session, written by hand\n")) || Sealed(nil) {
		t.Fatal("a document with no seal counts as sealed")
	}
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteExportReplacesOnlyItsOwnUneditedExport(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "pm.md")
	if _, err := WriteExport(out, []byte("first\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("new export mode %v", fi.Mode().Perm())
	}
	if _, err := WriteExport(out, []byte("second\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatalf("replacing debrief's own export: %v", err)
	}
	if !strings.HasPrefix(read(t, out), "second\n") {
		t.Fatalf("not replaced: %q", read(t, out))
	}
	// A person edits the export: debrief must not throw the edit away.
	edited := strings.Replace(read(t, out), "second", "second, with the reviewer's notes", 1)
	write(t, out, edited)
	_, err := WriteExport(out, []byte("third\n"), Markdown, ReplaceOptions{})
	if !errors.Is(err, ErrEdited) || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("edited export: err %v, want ErrEdited naming --force", err)
	}
	if read(t, out) != edited {
		t.Fatal("the edited export was changed")
	}
	if _, err := WriteExport(out, []byte("third\n"), Markdown, ReplaceOptions{Force: true}); err != nil {
		t.Fatalf("--force: %v", err)
	}
}

func TestWriteExportRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	readme := filepath.Join(dir, "README.md")
	// The words an earlier guard looked for must not make a file fair game.
	write(t, readme, "# Team notes\n\nHow to read a debrief session file.\n")
	_, err := WriteExport(readme, []byte("x\n"), Markdown, ReplaceOptions{})
	if !errors.Is(err, ErrNotExport) || read(t, readme) != "# Team notes\n\nHow to read a debrief session file.\n" {
		t.Fatalf("someone's document: err %v", err)
	}

	// A session file is never replaced, forced or not, open or closed,
	// whatever its name.
	f, sess := create(t)
	if err := f.Append(meeting(3)...); err != nil {
		t.Fatal(err)
	}
	before := read(t, sess)
	for _, force := range []bool{false, true} {
		for _, format := range []Format{Markdown, YAML} {
			_, err := WriteExport(sess, []byte("[]\n"), format, ReplaceOptions{Force: force})
			if !errors.Is(err, ErrProtected) {
				t.Fatalf("the open session, force %v: err %v", force, err)
			}
		}
	}
	f.Close()
	if _, err := WriteExport(sess, []byte("[]\n"), YAML, ReplaceOptions{Force: true}); !errors.Is(err, ErrProtected) {
		t.Fatalf("a closed session, forced: err %v", err)
	}
	if read(t, sess) != before {
		t.Fatal("the session file changed")
	}

	// A session open in a meeting is refused by its lock even when it does
	// not look like one (renamed, or its header damaged).
	g, sess2 := create(t)
	defer g.Close()
	os.WriteFile(sess2, []byte("not a header\n"), 0o600)
	if _, err := WriteExport(sess2, []byte("x\n"), Markdown, ReplaceOptions{Force: true}); !errors.Is(err, ErrProtected) {
		t.Fatalf("a locked file: err %v", err)
	}

	// The file the export reads is protected by name.
	src := filepath.Join(dir, "old-export.md")
	WriteExport(src, []byte("old\n"), Markdown, ReplaceOptions{})
	if _, err := WriteExport(src, []byte("x\n"), Markdown, ReplaceOptions{Force: true, Protect: []string{src}}); !errors.Is(err, ErrProtected) {
		t.Fatalf("the export's own input: err %v", err)
	}
	if _, err := WriteExport(dir, []byte("x\n"), Markdown, ReplaceOptions{Force: true}); err == nil {
		t.Fatal("a folder was accepted")
	}
}

func TestWriteExportThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "pm.md")
	os.Mkdir(filepath.Dir(real), 0o755)
	WriteExport(real, []byte("old\n"), Markdown, ReplaceOptions{})
	link := filepath.Join(dir, "pm.md")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	wrote, err := WriteExport(link, []byte("new\n"), Markdown, ReplaceOptions{})
	if err != nil || wrote != real {
		t.Fatalf("wrote %q, %v; want %q", wrote, err, real)
	}
	if li, _ := os.Lstat(link); li.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a file")
	}
	if !strings.HasPrefix(read(t, real), "new\n") {
		t.Fatalf("the link's target holds %q", read(t, real))
	}
	dangling := filepath.Join(dir, "dangling.md")
	os.Symlink(filepath.Join(dir, "nowhere", "x.md"), dangling)
	if _, err := WriteExport(dangling, []byte("x\n"), Markdown, ReplaceOptions{Force: true}); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("dangling link: %v", err)
	}
}

func TestOpenThroughSymlinkKeepsTheLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.debrief.yaml")
	// A reformatted file makes Open rewrite it, which used to rename a new
	// file over the link.
	f, err := Create(real)
	if err != nil {
		t.Fatal(err)
	}
	evs := meeting(4)
	f.Append(evs[:3]...)
	f.Close()
	b := read(t, real)
	os.WriteFile(real, []byte(strings.Replace(b, "events:\n", "events:\n\n", 1)+"\n"), 0o600)
	link := filepath.Join(dir, "link.debrief.yaml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	g, got, _, err := Open(link)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Append(evs[3]); err != nil {
		t.Fatal(err)
	}
	g.Close()
	if li, _ := os.Lstat(link); li.Mode()&os.ModeSymlink == 0 {
		t.Fatal("resume replaced the link with a file")
	}
	if len(got) != 3 || len(mustLoad(t, real)) != 4 {
		t.Fatalf("the target does not hold the new event")
	}
}

func TestOpenTightensAReadableSession(t *testing.T) {
	f, p := create(t)
	f.Append(meeting(2)...)
	f.Close()
	os.Chmod(p, 0o644)
	g, _, warns, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v after resume, want 0600", fi.Mode().Perm())
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "0644") {
		t.Errorf("warnings %q, want one naming the old mode", warns)
	}
}

func TestAppendNeverWritesWhatLoadRefuses(t *testing.T) {
	f, p := create(t)
	evs := meeting(3)
	f.Append(evs[:2]...)
	before := read(t, p)
	f.size = maxSize - 10 // as if the file were nearly at the limit
	if err := f.Append(evs[2]); err == nil || !strings.Contains(err.Error(), "reads back") {
		t.Fatalf("Append past the read limit: %v", err)
	}
	if f.LastSeq() != 2 || read(t, p) != before {
		t.Fatal("an event was written past the limit")
	}
}

// TestWriteExportPlainSaysOnlyWhatItKnows: a CSV carries no seal, so one
// already there is refused for existing, never with the untrue "debrief
// did not write it" (debrief may well have written it, a run earlier).
func TestWriteExportPlainSaysOnlyWhatItKnows(t *testing.T) {
	out := filepath.Join(t.TempDir(), "actions.csv")
	if _, err := WriteExport(out, []byte("Summary\nfirst\n"), Plain, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	_, err := WriteExport(out, []byte("Summary\nsecond\n"), Plain, ReplaceOptions{})
	if !errors.Is(err, ErrNotExport) || strings.Contains(err.Error(), "did not write") || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("err %v", err)
	}
	if read(t, out) != "Summary\nfirst\n" {
		t.Fatal("the file changed")
	}
}

// TestWriteExportKeepsAnExportOfAnotherKind: debrief's own unedited
// postmortem is replaced by a new postmortem, not by a tracker CSV, a
// script or action-item YAML given the same name by a slip of -o; nor is
// its YAML replaced by Markdown. --force still may.
func TestWriteExportKeepsAnExportOfAnotherKind(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "pm.md")
	if _, err := WriteExport(md, []byte("## [SEV-2] checkout: errors\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Fatal(err)
	}
	before := read(t, md)
	for _, format := range []Format{Plain, YAML} {
		if _, err := WriteExport(md, []byte("Summary\nx\n"), format, ReplaceOptions{}); !errors.Is(err, ErrNotExport) {
			t.Errorf("format %d over the postmortem: %v", format, err)
		}
	}
	if read(t, md) != before {
		t.Fatal("the postmortem changed")
	}
	y := filepath.Join(dir, "pm.actions.yaml")
	WriteExport(y, []byte("- id: PM-1\n"), YAML, ReplaceOptions{})
	if _, err := WriteExport(y, []byte("## x\n"), Markdown, ReplaceOptions{}); !errors.Is(err, ErrNotExport) || !strings.Contains(err.Error(), "another kind") {
		t.Errorf("Markdown over the YAML: %v", err)
	}
	if _, err := WriteExport(md, []byte("## [SEV-2] checkout: errors, again\n"), Markdown, ReplaceOptions{}); err != nil {
		t.Errorf("a new postmortem over the old: %v", err)
	}
	if _, err := WriteExport(md, []byte("Summary\nx\n"), Plain, ReplaceOptions{Force: true}); err != nil {
		t.Errorf("forced: %v", err)
	}
}
