package model

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// learnZone resolves a zone as the commands that load a session do, and
// hands it to the model; it skips where the zone database is missing.
func learnZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	LearnZone(loc)
	return loc
}

// TestInputZoneIsOnlyWhatWasHandedOver shows the model does not read the
// zone database: a zone name nobody resolved reads as UTC until the zone
// is handed over, then as itself.
func TestInputZoneIsOnlyWhatWasHandedOver(t *testing.T) {
	const name = "Pacific/Chatham" // used by no other model test
	s := &State{Setup: Setup{TimeZone: name}}
	if got := s.InputZone(); got != time.UTC {
		t.Fatalf("InputZone before the zone was handed over = %v, want UTC", got)
	}
	loc := learnZone(t, name)
	if got := s.InputZone(); got != loc {
		t.Errorf("InputZone after LearnZone = %v, want %v", got, loc)
	}
	if got := (&State{Setup: Setup{TimeZone: "Mars/Olympus"}}).InputZone(); got != time.UTC {
		t.Errorf("an unknown zone reads as %v, want UTC", got)
	}
}

// TestModelReadsNoZoneFiles keeps the model pure: no source file in it
// loads a zone or opens a file, and none imports a package that does I/O.
func TestModelReadsNoZoneFiles(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	banned := []string{"LoadLocation", "os.ReadFile", "os.Open", "ZONEINFO"}
	bannedImports := map[string]bool{"os": true, "io/fs": true, "io/ioutil": true, "time/tzdata": true}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range banned {
			if strings.Contains(string(src), b) {
				t.Errorf("%s mentions %s: the model must not read the zone database", name, b)
			}
		}
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); bannedImports[p] {
				t.Errorf("%s imports %s: the model does no I/O", name, p)
			}
		}
	}
}
