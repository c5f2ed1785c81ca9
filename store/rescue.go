package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/debrief-dev/debrief/model"
)

// RescueDirs lists where a rescue copy goes when the session file cannot
// take the last events (the disk is full): the user's state folder
// ($XDG_STATE_HOME/debrief or ~/.local/state/debrief; the cache folder on
// macOS and Windows), then the temporary folder, then the session's own.
// Each is on a disk other than the full one more often than not.
func RescueDirs(sessionPath string) []string {
	var dirs []string
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "debrief"))
	} else if home, err := os.UserHomeDir(); err == nil && runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		dirs = append(dirs, filepath.Join(home, ".local", "state", "debrief"))
	} else if d, err := os.UserCacheDir(); err == nil {
		dirs = append(dirs, filepath.Join(d, "debrief"))
	}
	return append(dirs, os.TempDir(), filepath.Dir(sessionPath))
}

// Rescue writes events, the whole meeting, as a complete session file in
// the first of dirs with room for it, and returns its path: a copy that
// `debrief resume` opens like the original. A copy that could not be
// written whole is removed and the next folder tried.
func Rescue(sessionPath string, events []model.Event, dirs []string) (string, error) {
	data := model.EncodeHeader()
	for _, ev := range events {
		var err error
		if data, err = model.AppendEvent(data, ev); err != nil {
			return "", fmt.Errorf("%s: %w", sessionPath, err)
		}
	}
	base := strings.TrimSuffix(filepath.Base(sessionPath), ".debrief.yaml")
	var why []string
	for _, dir := range dirs {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			why = append(why, explain("create", dir, err).Error())
			continue
		}
		p, err := writeNew(strings.ReplaceAll(filepath.Join(dir, base), "%", "%%")+".rescue-%d.debrief.yaml", data)
		if err == nil {
			return p, nil
		}
		why = append(why, err.Error())
	}
	return "", fmt.Errorf("no folder had room for a rescue copy: %s", strings.Join(why, "; "))
}

// writeNew writes data to the first free name the pattern makes with 1, 2,
// ..., owner-only and synced; a file it could not write whole is removed.
func writeNew(pattern string, data []byte) (string, error) {
	for n := 1; ; n++ {
		name := fmt.Sprintf(pattern, n)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return "", explain("create", name, err)
		}
		if err := writeSync(f, data); err != nil {
			os.Remove(name)
			return "", explain("write", name, err)
		}
		return name, syncDir(name)
	}
}
