package archivegen

// topic is one kind of failure: how it is titled, the contributing
// factors a review finds for it (with the taxonomy's kind), what the
// timeline says, and the action items it produces. %s in a text takes the
// service's name.
type topic struct {
	title   string
	trigger string
	factors [][2]string // text, kind
	whys    []string
	events  []string // detected .. resolved, in order
	actions []string
	poorly  []string
}

var topics = []topic{
	{"Checkout errors from database connection pool exhaustion", "binary push",
		[][2]string{{"The connection pool was capped at 20 while the new release held connections across retries", "software"},
			{"Pool utilization had no alert, so saturation was first seen as 5xx errors", "monitoring"},
			{"Staging runs a tenth of production's pool, so exhaustion never shows before release", "development process"}},
		[]string{"Retries kept their connection open while waiting", "The retry helper predates the pool"},
		[]string{"5xx rate alert fires for %s", "Connection pool exhaustion identified in %s", "Rolled back %s to the previous release", "Error rate back to baseline"},
		[]string{"Add a pool utilization alert at 80%% for %s", "Release connections before retrying in %s", "Load test %s with production pool sizes"},
		[]string{"The pool dashboard was three clicks away from the alert"}},
	{"Expired TLS certificate on the public endpoint", "config push",
		[][2]string{{"Certificate renewal depended on a job that had silently stopped", "monitoring"},
			{"The expiry warning went to a mailing list nobody reads", "development process"}},
		[]string{"The renewal job lost its credentials in a vault migration"},
		[]string{"Synthetic check for %s fails TLS handshake", "Expired certificate found on %s load balancer", "New certificate deployed to %s", "Handshakes succeed again"},
		[]string{"Alert on certificates expiring within 14 days for %s", "Move %s certificates to automatic renewal"},
		[]string{"Nobody knew which team owned the certificate"}},
	{"Retry storm after a dependency slowed down", "performance decay",
		[][2]string{{"Clients retried immediately without backoff or a retry budget", "software"},
			{"The dependency's latency rose slowly over a week before it tipped over", "complex system behaviour"}},
		[]string{"The client library's default is three immediate retries"},
		[]string{"Latency p99 alert for %s", "Retry traffic found to be 4x normal in %s", "Retries disabled by flag in %s", "Latency back under SLO"},
		[]string{"Add exponential backoff with jitter to %s clients", "Set a retry budget for calls from %s", "Alert on slow latency drift for %s dependencies"},
		[]string{"The retry graphs were not on the service dashboard"}},
	{"Disk full on the primary database host", "capacity",
		[][2]string{{"Write-ahead log retention grew after a replica fell behind", "complex system behaviour"},
			{"Disk usage alert threshold was 98%, leaving minutes to react", "monitoring"}},
		[]string{"The replica stalled on a long-running query"},
		[]string{"Writes failing on %s primary", "Disk full from retained logs on %s", "Old logs archived and space freed on %s", "Writes succeed again"},
		[]string{"Alert on disk at 80%% on %s database hosts", "Cap log retention behind lagging replicas for %s"},
		[]string{"The disk graph was only visible on the host dashboard"}},
	{"Bad configuration flag disabled caching", "config push",
		[][2]string{{"A configuration change shipped to every region at once with no canary", "deployment planning"},
			{"The flag's default meant off, contrary to its name", "software"}},
		[]string{"The configuration system has no staged rollout"},
		[]string{"Origin load alert for %s", "Cache hit rate at zero traced to the flag change in %s", "Flag reverted for %s", "Origin load back to normal"},
		[]string{"Roll out %s configuration region by region", "Rename the cache flag in %s so its default reads correctly"},
		[]string{"The change review did not show the flag's effect"}},
	{"Cloud provider API change broke instance provisioning", "provider change",
		[][2]string{{"The provider deprecated an API field our provisioning relied on", "complex system behaviour"},
			{"The deprecation notice was not tracked by any team", "development process"}},
		[]string{"Provider notices go to a shared inbox"},
		[]string{"Autoscaling failures alert for %s", "Provisioning errors traced to a provider API change for %s", "Provisioning pinned to the previous API version for %s", "New instances start again"},
		[]string{"Track provider deprecation notices for %s in the backlog", "Test %s provisioning against the provider's preview API"},
		[]string{"Autoscaling failures were only logged, not alerted"}},
	{"Traffic spike from a marketing campaign overwhelmed the service", "user behaviour change",
		[][2]string{{"The campaign was not shared with the team running the service", "development process"},
			{"Autoscaling reacted after five minutes, longer than the spike took to saturate", "capacity planning"}},
		[]string{"Campaign calendars live in a tool engineering does not see"},
		[]string{"Saturation alert for %s", "Traffic four times the forecast found on %s", "Capacity added by hand to %s", "Queues drained"},
		[]string{"Add campaign dates to the capacity review for %s", "Lower the autoscaling reaction time for %s"},
		[]string{"The forecast was made before the campaign was planned"}},
	{"Data pipeline backlog delayed reports", "pipeline",
		[][2]string{{"A schema change upstream made every record fail validation", "software"},
			{"Failed records were retried forever instead of being set aside", "software"}},
		[]string{"The pipeline had no dead-letter queue"},
		[]string{"Report freshness alert for %s", "Validation failures found in the %s pipeline", "Failing records diverted in %s", "Backlog processed"},
		[]string{"Add a dead-letter queue to the %s pipeline", "Check upstream schema changes against %s in CI"},
		[]string{"The freshness alert fired hours after the first failure"}},
	{"Network partition between zones", "hardware",
		[][2]string{{"A top-of-rack switch failed and traffic did not shift to the other zone", "network"},
			{"Health checks tested the process, not the path between zones", "monitoring"}},
		[]string{"The health check was written before the service spanned zones"},
		[]string{"Cross-zone error alert for %s", "Switch failure found under %s hosts", "Traffic drained from the zone for %s", "Switch replaced and traffic restored"},
		[]string{"Make %s health checks cover the cross-zone path", "Run a zone failure exercise for %s"},
		[]string{"The zone drain was manual and took twenty minutes"}},
	{"Memory leak after a release caused restarts", "binary push",
		[][2]string{{"A cache in the new release grew without a bound", "software"},
			{"Restarts hid the leak from the error rate for two days", "monitoring"}},
		[]string{"The cache was added for a benchmark and never sized"},
		[]string{"Restart count alert for %s", "Memory growth traced to the new cache in %s", "Release rolled back for %s", "Memory flat again"},
		[]string{"Alert on restart rate for %s", "Bound every in-memory cache in %s"},
		[]string{"Restarts were treated as normal"}},
	{"Schema migration locked a hot table", "binary push",
		[][2]string{{"The migration took a table lock that blocked writes for its whole run", "software"},
			{"Migrations ran during peak hours with no review of their locks", "deployment planning"}},
		[]string{"The migration tool's default is a blocking alter"},
		[]string{"Write latency alert for %s", "Table lock from the migration found in %s", "Migration cancelled for %s", "Writes flowing again"},
		[]string{"Review lock behaviour of %s migrations in CI", "Run %s migrations outside peak hours"},
		[]string{"The migration had no dry run on production-sized data"}},
	{"DNS change sent traffic to a retired cluster", "config push",
		[][2]string{{"A DNS record pointed at a cluster that was being retired", "deployment planning"},
			{"The long TTL kept the bad answer cached for an hour", "complex system behaviour"}},
		[]string{"The retirement checklist did not include DNS"},
		[]string{"Error alert for %s from one region", "Stale DNS answer found for %s", "DNS record fixed for %s", "Caches expired and traffic recovered"},
		[]string{"Lower the DNS TTL for %s before changes", "Add DNS to the cluster retirement checklist for %s"},
		[]string{"The change was made late on a Friday"}},
}

var services = []string{"payments", "checkout", "search", "auth", "billing", "inventory", "catalog",
	"notifications", "shipping", "pricing", "recommendations", "accounts", "ledger", "gateway",
	"media", "analytics", "reporting", "identity", "orders", "cart", "reviews", "loyalty", "tax",
	"fraud", "messaging", "profile", "storage", "scheduler", "ingest", "export", "sessions",
	"geo", "ads", "feeds", "streaming", "support", "partners", "webhooks", "invoicing", "onboarding"}

var owners = []string{"@ana", "@bo", "@cy", "@dana", "@eli", "@fay", "@gus", "@hana", "@ivo", "@jun",
	"@kai", "@lea", "@mo", "@nia", "@oli", "@pia", "@quin", "@ravi", "@sol", "@tess", "@uma",
	"@vic", "@wen", "@xia", "@yan", "@zoe", "@arlo", "@bea", "@cal", "@dov"}

var people = []string{"Ana", "Bo", "Cy", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"}

var well = []string{
	"The on-call engineer had the runbook open within minutes",
	"Rollback took under five minutes",
	"The incident channel stayed focused on mitigation",
	"Customer support had a status update to share quickly",
	"The dashboards showed the error spike clearly",
}
