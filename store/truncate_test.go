package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/debrief-dev/debrief/model"
)

// TestTruncatedAtEveryByte cuts a session file at every byte offset, as a
// crash mid-write or a disk that lost the tail would: decoding never
// panics; it fails only while the header is incomplete, and otherwise gives
// exactly the events whose lines are whole (a torn last one dropped with a
// warning). Resume then appends after them and the file reads back whole.
// Resume is tried at every offset with DEBRIEF_LONG=1, at every 13th here.
func TestTruncatedAtEveryByte(t *testing.T) {
	evs := meeting(12)
	data := model.EncodeHeader()
	ends := []int{} // where each event's line ends
	for _, ev := range evs {
		var err error
		if data, err = model.AppendEvent(data, ev); err != nil {
			t.Fatal(err)
		}
		ends = append(ends, len(data))
	}
	header := len(model.EncodeHeader())
	step := 13
	if os.Getenv("DEBRIEF_LONG") == "1" {
		step = 1
	}
	dir := t.TempDir()
	for cut := 0; cut <= len(data); cut++ {
		whole := 0
		for whole < len(ends) && ends[whole] <= cut {
			whole++
		}
		// A line cut just before its newline is whole JSON: it counts.
		if whole < len(ends) && cut == ends[whole]-1 {
			whole++
		}
		l, err := model.ParseLog("s.yaml", data[:cut])
		if cut < header-1 {
			if err == nil && len(l.Events) > 0 {
				t.Fatalf("cut at %d (inside the header) gave events", cut)
			}
			continue
		}
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		if !reflect.DeepEqual(l.Events, evs[:whole]) {
			t.Fatalf("cut at %d: %d events, want the %d whole ones", cut, len(l.Events), whole)
		}
		if cut%step != 0 || whole == 0 {
			continue
		}
		p := filepath.Join(dir, "cut.debrief.yaml")
		os.Remove(p)
		if err := os.WriteFile(p, data[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		f, got, _, err := Open(p)
		if err != nil {
			t.Fatalf("resume after a cut at %d: %v", cut, err)
		}
		next := model.Event{Seq: whole + 1, At: evs[0].At, Kind: model.NoteAdded, Phase: "well", Note: 1000, Text: "after the cut"}
		if err := f.Append(next); err != nil {
			t.Fatal(err)
		}
		f.Close()
		back, _, err := Load(p)
		if err != nil || len(got) != whole || len(back) != whole+1 {
			t.Fatalf("cut at %d: resumed %d, read back %d (%v), want %d then %d", cut, len(got), len(back), err, whole, whole+1)
		}
	}
}
