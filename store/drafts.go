package store

// DraftsPath is where a served meeting keeps what each person had typed
// and not committed: beside the session file, never in it, since a draft
// is its writer's alone and the session file is shared.
func DraftsPath(sessionPath string) string { return sessionPath + ".drafts" }

const draftsHeader = "# debrief drafts: what each person in a served meeting had typed and not\n" +
	"# committed, by the fingerprint of their key. debrief serve --resume gives it back.\n"

// draftsFile is where a served meeting keeps its entries.
var draftsFile = sealedMap{what: "drafts file", kind: "drafts", header: draftsHeader, notOurs: "move it aside to serve this meeting again"}

// WriteDrafts writes drafts (text by key fingerprint) to path, owner-only
// and sealed like an export, so it replaces only the drafts file it wrote
// before and never a file someone else put there. With no drafts left it
// removes its own file instead.
func WriteDrafts(path string, drafts map[string]string) error { return draftsFile.write(path, drafts) }

// LoadDrafts reads a drafts file WriteDrafts wrote; a missing one is no
// drafts. A file that is not debrief's drafts is refused, naming it.
func LoadDrafts(path string) (map[string]string, error) { return draftsFile.load(path) }
