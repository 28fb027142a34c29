const { streamingReader } = await import("/work/main/dist/src/io/readWorkbook.js");
const { parseCriteria } = await import("/work/main/dist/src/core/criteria/parseCriteria.js");
const { IssueLog } = await import("/work/main/dist/src/core/issues.js");
const { assess } = await import("/work/main/dist/src/core/score/assess.js");
const { buildCharts } = await import("/work/main/dist/src/core/charts/buildCharts.js");
const { renderCharts } = await import("/work/main/dist/src/io/charts/renderCharts.js");
const issues = new IssueLog();
const c = parseCriteria(await streamingReader.read("/work/main/scoring-sheets/文明机关测评体系.xlsx"), issues);
const a = assess(c, await streamingReader.read(process.argv[2]), issues);
const specs = buildCharts(a, { label: "x" });
for (const threads of [1, 2, 1, 2]) {
const t = performance.now(); const u = process.cpuUsage();
const pngs = await renderCharts(specs, { threads });
const d = process.cpuUsage(u);
console.log(threads, "wall", (performance.now() - t).toFixed(0), "user", (d.user/1000)|0, "sys", (d.system/1000)|0, "rss", (process.memoryUsage().rss/1e6)|0, "bytes", pngs.reduce((n,p)=>n+p.length,0));
}
