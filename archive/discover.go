package archive

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// IndexDir is where the index is kept, under the archive's top folder. It
// is a cache: add it to .gitignore; deleting it loses nothing.
const IndexDir = ".debrief"

// maxFile is the largest file the archive reads: a 10,000-event session
// exports to some 3 MB, so anything far beyond is not a postmortem.
const maxFile = 32 << 20

// Top is the folder an archive command works on when given none: the
// current git repository's top level, or the current folder outside git.
func Top() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return TopOf(wd), nil
}

// TopOf is the archive a folder belongs to: its git repository's top
// level, or the folder itself outside git. The meeting screen finds the
// archive beside its session file this way.
func TopOf(dir string) string {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--show-toplevel").Output()
	if err == nil {
		if top := strings.TrimSpace(string(out)); top != "" {
			return top
		}
	}
	return dir
}

// candidate is a file that may be a postmortem, with what its stat says.
type candidate struct {
	rel   string // slash-separated, relative to the top
	size  int64
	mtime int64
}

// walk lists the Markdown and YAML files under top, skipping hidden
// folders (.git, the index itself) and dependency trees.
func walk(top string) ([]candidate, error) {
	// A link at the top is followed (WalkDir would list the link alone);
	// links below it are not, so a loop cannot walk forever.
	if real, err := filepath.EvalSymlinks(top); err == nil {
		top = real
	}
	var out []candidate
	err := filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == top {
				return err
			}
			return nil // an unreadable subfolder is not the whole archive
		}
		name := d.Name()
		if d.IsDir() {
			if p != top && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !wanted(name) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(top, p)
		out = append(out, candidate{rel: filepath.ToSlash(rel), size: info.Size(), mtime: info.ModTime().UnixNano()})
		return nil
	})
	return out, err
}

func wanted(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".yaml", ".yml":
		return true
	}
	return false
}

func isMarkdown(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// Parse reads one file of the archive (path is for messages). It returns
// nil and no error for a file that is not a postmortem and says nothing
// (a YAML file that is not a session); a *Problem for one that is broken,
// or Markdown that is not a debrief export.
func Parse(path string, data []byte) (*Record, error) {
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		if isMarkdown(path) {
			return nil, &Problem{File: path, Line: 1, Msg: "binary data, not a postmortem; skipped", Foreign: true}
		}
		return nil, nil
	}
	if isMarkdown(path) {
		return ParseExport(path, data)
	}
	if !IsSession(data) {
		return nil, nil
	}
	return ParseSession(path, data)
}
