package archive

import (
	"bytes"
	"testing"

	"github.com/debrief-dev/debrief/bench/archivegen"
)

// The generated archive the benchmarks measure is made of real exports:
// each parses, the same index gives the same bytes, and the spread of
// services, dates and statuses is there.
func TestGeneratedArchiveIsRealExports(t *testing.T) {
	services := map[string]bool{}
	done, open := 0, 0
	for i := range 200 {
		rel, data := archivegen.Postmortem(i)
		if _, again := archivegen.Postmortem(i); !bytes.Equal(data, again) {
			t.Fatalf("postmortem %d differs between calls", i)
		}
		r, err := ParseExport(rel, data)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if r.Incident.Before(archivegen.Epoch) || !r.Incident.Before(archivegen.Now) ||
			r.TTD < 0 || r.TTR < r.TTM || len(r.Factors) == 0 || len(r.Actions) == 0 {
			t.Fatalf("%s: %+v", rel, r)
		}
		services[r.Service] = true
		for _, a := range r.Actions {
			if a.Done {
				done++
			} else {
				open++
			}
		}
	}
	if len(services) < 30 || done == 0 || open == 0 {
		t.Fatalf("%d services, %d done, %d open", len(services), done, open)
	}
}
