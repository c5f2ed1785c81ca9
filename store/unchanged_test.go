package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// A session file deleted, moved away or replaced while the meeting runs
// (its folder removed, an editor saving a copy over it) must not take
// events any more: they would land in a file no name reaches, and quitting
// would report a save that cannot be found. One edited in place would
// have its edit written over. Append says so instead, and
// the events stay pending for the rescue copy.
func TestAppendRefusesWhenThePathNoLongerNamesTheFile(t *testing.T) {
	note := model.Event{Seq: 4, At: t0.Add(time.Hour), Kind: model.NoteAdded, Phase: "well", Note: 2, Text: "late"}
	cases := map[string]func(t *testing.T, p string){
		"edited in place": func(t *testing.T, p string) {
			fh, _ := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
			fh.WriteString("# a line typed by hand\n")
			fh.Close()
		},
		"deleted": func(t *testing.T, p string) { os.Remove(p) },
		"folder removed": func(t *testing.T, p string) {
			if err := os.RemoveAll(filepath.Dir(p)); err != nil {
				t.Fatal(err)
			}
		},
		"moved": func(t *testing.T, p string) { os.Rename(p, p+".moved") },
		"replaced by an editor": func(t *testing.T, p string) {
			data, _ := os.ReadFile(p)
			os.WriteFile(p+".new", data, 0o600)
			os.Rename(p+".new", p)
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			f, p := create(t)
			if err := f.Append(meeting(3)...); err != nil {
				t.Fatal(err)
			}
			change(t, p)
			err := f.Append(note)
			want := "no longer"
			if name == "edited in place" {
				want = "changed by another program"
			}
			if err == nil || !strings.Contains(err.Error(), want) || !errors.Is(err, ErrChanged) {
				t.Fatalf("Append after the session file was %s: %v", name, err)
			}
			if f.LastSeq() != 3 {
				t.Errorf("LastSeq %d after a refused append; the event must stay pending", f.LastSeq())
			}
		})
	}
}
