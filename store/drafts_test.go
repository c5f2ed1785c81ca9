package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestDraftsRoundTripAndNeverReplaceAnotherFile(t *testing.T) {
	dir := t.TempDir()
	p := DraftsPath(filepath.Join(dir, "s.debrief.yaml"))
	if got, err := LoadDrafts(p); err != nil || got != nil {
		t.Fatalf("no drafts file: %v %v", got, err)
	}
	want := map[string]string{"SHA256:kim": "the canary was at 5% when", "host": "ask about \"the pool\"\nnext"}
	if err := WriteDrafts(p, want); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want owner-only", fi.Mode().Perm())
	}
	got, err := LoadDrafts(p)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %q %v", got, err)
	}
	if err := WriteDrafts(p, map[string]string{"host": "less"}); err != nil {
		t.Fatalf("replacing its own drafts file: %v", err)
	}
	if err := WriteDrafts(p, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Error("with no drafts left the drafts file stays")
	}

	mine := []byte("someone's own notes\n")
	os.WriteFile(p, mine, 0o644)
	if err := WriteDrafts(p, want); err == nil {
		t.Error("WriteDrafts replaced a file debrief did not write")
	}
	if err := WriteDrafts(p, nil); err != nil {
		t.Error(err)
	}
	if data, _ := os.ReadFile(p); string(data) != string(mine) {
		t.Error("a file debrief did not write was changed or removed")
	}
	if _, err := LoadDrafts(p); err == nil {
		t.Error("LoadDrafts took a file that is not debrief's drafts")
	}
}
