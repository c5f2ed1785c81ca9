package store

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// DefaultPath names a new session file in dir after the meeting's start,
// as "postmortem-2026-11-20-1004.debrief.yaml", adding "-2", "-3", ... when
// that name is taken. now is formatted in its own location: the caller
// passes local time so the name matches the clock on the wall. Create still
// refuses a name taken in the meantime.
func DefaultPath(now time.Time, dir string) string {
	base := "postmortem-" + now.Format("2006-01-02-1504")
	for n := 1; ; n++ {
		name := base
		if n > 1 {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		p := filepath.Join(dir, name+".debrief.yaml")
		if _, err := os.Lstat(p); err != nil { // free, or unreadable: Create will say why
			return p
		}
	}
}
