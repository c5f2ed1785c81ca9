package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSetupDraftRoundTrip: the setup typed before the meeting comes back
// as written, the file is the owner's only, forgetting it removes it, and
// a file debrief did not write is neither read as a draft nor removed.
func TestSetupDraftRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p := SetupDraftPath(filepath.Join(dir, "pm.debrief.yaml"))
	fields := map[string]string{"title": "Checkout: errors | after \"deploy\"", "attendees": "Ana:facilitator, Bo"}
	if err := WriteSetupDraft(p, fields); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("setup draft: %v, mode %v", err, fi.Mode().Perm())
	}
	got, err := LoadSetupDraft(p)
	if err != nil || got["title"] != fields["title"] || got["attendees"] != fields["attendees"] {
		t.Fatalf("read back %q, %v", got, err)
	}
	if err := WriteSetupDraft(p, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatalf("forgetting the setup left the file: %v", err)
	}
	if err := os.WriteFile(p, []byte("someone's notes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSetupDraft(p); err == nil {
		t.Error("a file debrief did not write was read as a setup draft")
	}
	if err := WriteSetupDraft(p, nil); err != nil {
		t.Fatal(err)
	}
	if err := WriteSetupDraft(p, fields); err == nil {
		t.Error("a file debrief did not write was replaced")
	}
	if b, _ := os.ReadFile(p); string(b) != "someone's notes\n" {
		t.Errorf("someone's file now reads %q", b)
	}
}

// TestKeptFilesRefuseEachOther: a drafts file is not a setup draft and a
// setup draft is not a drafts file; each is refused by name with what to
// do, and neither is read as the other's entries.
func TestKeptFilesRefuseEachOther(t *testing.T) {
	dir := t.TempDir()
	drafts, setup := filepath.Join(dir, "s.yaml.drafts"), filepath.Join(dir, "s.yaml.setup")
	if err := WriteDrafts(drafts, map[string]string{"SHA256:x": "half a note"}); err != nil {
		t.Fatal(err)
	}
	if err := WriteSetupDraft(setup, map[string]string{"title": "Inbox outage"}); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSetupDraft(drafts); err == nil || !strings.Contains(err.Error(), "is not a debrief setup draft; the setup starts from the flags") {
		t.Errorf("a drafts file read as a setup draft: %v", err)
	}
	if _, err := LoadDrafts(setup); err == nil || !strings.Contains(err.Error(), "is not a debrief drafts file; move it aside") {
		t.Errorf("a setup draft read as drafts: %v", err)
	}
	if got, err := LoadSetupDraft(setup); err != nil || got["title"] != "Inbox outage" {
		t.Errorf("setup draft back: %v %v", got, err)
	}
}
