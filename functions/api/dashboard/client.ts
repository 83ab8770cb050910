/**
 * The dashboard's browser script, served as `/dashboard/app.js`. Plain ES2020 for current
 * browsers, no build step; it is kept as a string so the Lambda bundle needs no file loader.
 * (No template literals inside: the whole script is one.)
 *
 * What it reads, all with `Authorization: Bearer <token>`:
 *   GET /me                                  the user's role and scope node
 *   GET /parks                               top-level nodes (only for a user scoped to everything)
 *   GET /metrics/parks/{id}                  every figure on the page, and the parks under a node
 *   GET /parks/{id}/take-up?weeks=12         the weekly 去化率 trend
 *   GET /parks/{id}/chain-map                the chain map with its gaps
 *
 * When every chart has finished drawing, `<body data-state="ready" data-park="…">` (tests wait on it).
 */
export const dashboardScript = String.raw`(function () {
  'use strict';

  var TOKEN_KEY = 'parkCrm.dashboard.token';
  var PARK_KEY = 'parkCrm.dashboard.park';
  var STAGES = [['new', '线索'], ['contacted', '初步接洽'], ['visited', '实地考察'], ['negotiating', '商务洽谈'], ['signed', '签约']];
  var SIDE_STAGES = [['on_hold', '搁置'], ['lost', '流失']];
  var ROLES = { admin: '管理员', park_manager: '园区负责人', officer: '招商专员', viewer: '只读' };
  var LEVELS = { city: '市级', zone: '开发区', park: '园区', subpark: '园中园' };
  var POSITIONS = { upstream: '上游', midstream: '中游', downstream: '下游' };
  var C = { brand: '#1d4ed8', sky: '#38bdf8', good: '#16a34a', bad: '#ea580c', warn: '#d97706', grey: '#cbd5e1', ink: '#1f2a37', muted: '#6b7280' };
  var FUNNEL_COLORS = ['#1e3a8a', '#1d4ed8', '#2563eb', '#3b82f6', '#16a34a'];
  /** Canvas text needs real font names ('inherit' would be ignored). */
  var FONT = '-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';

  var $ = function (id) { return document.getElementById(id); };
  var state = { me: null, roots: [], tree: new Map(), metrics: new Map(), charts: [], showing: null };

  // ── formatting ──
  var nf = new Intl.NumberFormat('zh-CN');
  function num(v) { return v === null || v === undefined ? '—' : nf.format(v); }
  function pct(v) { return v === null || v === undefined ? '—' : (Math.round(v * 10) / 10) + '%'; }
  /** Yuan as people read it: 亿元 from 1亿, else 万元. */
  function money(yuan) {
    if (yuan === null || yuan === undefined) return '—';
    if (Math.abs(yuan) >= 1e8) return (Math.round(yuan / 1e6) / 100) + ' 亿元';
    return nf.format(Math.round(yuan / 1e4)) + ' 万元';
  }
  function m2(v) { return v === null || v === undefined ? '—' : (v >= 1e4 ? (Math.round(v / 100) / 100) + ' 万m²' : nf.format(v) + ' m²'); }
  function esc(s) { return echarts.format.encodeHTML(String(s)); }

  // ── DOM ──
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else if (k === 'style') node.style.cssText = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  /** A titled panel; size is '' (one column), 'span2' (two columns on wide screens) or 'wide' (the whole row). */
  function card(title, sub, body, size) {
    return el('section', { className: 'card' + (size ? ' ' + size : '') }, [el('h2', { text: title }), sub ? el('p', { className: 'sub', text: sub }) : null].concat(body));
  }
  function kpi(label, value, unit, note, tone) {
    return el('div', { className: 'kpi' }, [
      el('div', { className: 'label', text: label }),
      el('div', { className: 'value' + (tone ? ' ' + tone : '') }, [value, unit ? el('small', { text: unit }) : null]),
      note ? el('div', { className: 'note', text: note }) : null,
    ]);
  }
  function banner(message) { var b = $('banner'); b.textContent = message || ''; b.hidden = !message; }

  // ── API ──
  function AuthError(message) { this.message = message; }
  async function api(path) {
    var token = localStorage.getItem(TOKEN_KEY) || '';
    var res = await fetch(path, { headers: { authorization: 'Bearer ' + token, accept: 'application/json' } });
    if (res.status === 401) throw new AuthError('令牌无效或已过期，请重新登录。');
    var body = await res.json().catch(function () { return null; });
    if (!res.ok) throw new Error((body && (body.detail || body.title)) || ('请求失败（HTTP ' + res.status + '）'));
    return body;
  }
  function metricsOf(parkId, fresh) {
    if (fresh || !state.metrics.has(parkId)) state.metrics.set(parkId, api('/metrics/parks/' + encodeURIComponent(parkId)));
    var pending = state.metrics.get(parkId);
    pending.catch(function () { state.metrics.delete(parkId); });
    return pending;
  }

  // ── login ──
  function showLogin(message) {
    disposeCharts();
    $('board').hidden = true; $('tools').hidden = true; $('who').textContent = '';
    $('login').hidden = false; $('login-error').textContent = message || '';
    document.body.dataset.state = 'login';
  }
  function signIn() {
    var token = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!token) { $('login-error').textContent = '请先粘贴令牌。'; return; }
    localStorage.setItem(TOKEN_KEY, token);
    $('token').value = '';
    start();
  }
  function signOut() {
    localStorage.removeItem(TOKEN_KEY);
    state.metrics.clear();
    showLogin('');
  }
  function takeTokenFromUrl() {
    var url = new URL(location.href);
    var token = url.searchParams.get('token');
    if (!token) return;
    localStorage.setItem(TOKEN_KEY, token.trim());
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  // ── the park selector: the user's scope node(s) and every node under them ──
  function addTree(m) {
    var byParent = new Map();
    m.parks.forEach(function (p) {
      if (!byParent.has(p.parentId)) byParent.set(p.parentId, []);
      byParent.get(p.parentId).push(p);
    });
    state.tree.set(m.park.id, { id: m.park.id, name: m.park.name, level: m.park.level, depth: 0 });
    (function walk(parentId, depth) {
      (byParent.get(parentId) || []).forEach(function (p) {
        state.tree.set(p.parkId, { id: p.parkId, name: p.parkName, level: p.level, depth: depth });
        walk(p.parkId, depth + 1);
      });
    })(m.park.id, 1);
  }
  function fillSelector(selected) {
    var select = $('park');
    select.textContent = '';
    state.tree.forEach(function (n) {
      var label = '\u3000'.repeat(n.depth) + n.name + '（' + (LEVELS[n.level] || n.level) + '）';
      select.appendChild(el('option', { value: n.id, text: label }));
    });
    select.value = selected;
  }
  function wantedPark() {
    var fromHash = new URLSearchParams(location.hash.slice(1)).get('park');
    return fromHash || localStorage.getItem(PARK_KEY);
  }

  async function start() {
    banner('');
    $('login').hidden = true;
    document.body.dataset.state = 'loading';
    try {
      state.me = await api('/me');
      var p = state.me.principal;
      var name = state.me.user ? state.me.user.name : p.userId;
      $('who').textContent = name + ' · ' + (ROLES[p.role] || p.role);
      state.roots = p.scopeParkId ? [p.scopeParkId] : (await api('/parks?limit=100')).items.map(function (x) { return x.id; });
      if (state.roots.length === 0) { $('board').hidden = false; $('board').textContent = '暂无可查看的园区。'; document.body.dataset.state = 'ready'; return; }
      state.tree.clear();
      (await Promise.all(state.roots.map(function (id) { return metricsOf(id); }))).forEach(addTree);
      var wanted = wantedPark();
      var parkId = wanted && state.tree.has(wanted) ? wanted : state.roots[0];
      fillSelector(parkId);
      $('tools').hidden = false;
      await show(parkId);
    } catch (e) { fail(e); }
  }

  function fail(e) {
    if (e instanceof AuthError) { localStorage.removeItem(TOKEN_KEY); showLogin(e.message); return; }
    banner('加载失败：' + (e && e.message ? e.message : String(e)));
    document.body.dataset.state = 'error';
  }

  async function show(parkId, fresh) {
    document.body.dataset.state = 'loading';
    state.showing = parkId;
    localStorage.setItem(PARK_KEY, parkId);
    history.replaceState(null, '', location.pathname + location.search + '#park=' + encodeURIComponent(parkId));
    var id = encodeURIComponent(parkId);
    try {
      var all = await Promise.all([metricsOf(parkId, fresh), api('/parks/' + id + '/take-up?weeks=12'), api('/parks/' + id + '/chain-map')]);
      if (state.showing !== parkId) return;
      banner('');
      render(all[0], all[1], all[2]);
    } catch (e) { fail(e); }
  }

  // ── charts ──
  function disposeCharts() { state.charts.forEach(function (c) { c.dispose(); }); state.charts = []; }
  /** Draw one chart; resolves when ECharts says it has finished rendering (animations included). */
  function draw(container, option) {
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    state.charts.push(chart);
    return new Promise(function (resolve) {
      chart.on('finished', function done() { chart.off('finished', done); resolve(); });
      chart.setOption(Object.assign({ textStyle: { fontFamily: FONT }, animationDuration: 500 }, option));
    });
  }
  function chartBox(name, height) {
    return el('div', { className: 'chart', 'data-chart': name, style: height ? 'height:' + height + 'px' : '' });
  }

  function funnelOption(f) {
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return esc(p.name) + '<br>曾到达：' + num(p.value) + ' 家' + (p.data.conv !== null ? '<br>上一阶段转化：' + pct(p.data.conv) : ''); } },
      series: [{
        type: 'funnel', left: '4%', right: '4%', top: 8, bottom: 8, minSize: '42%', sort: 'none', gap: 3,
        label: { position: 'inside', color: '#fff', fontSize: 12, formatter: function (p) { return p.name + '  ' + num(p.value) + (p.data.conv !== null ? '（' + pct(p.data.conv) + '）' : ''); } },
        data: STAGES.map(function (s, i) { return { name: s[1], value: f.reached[s[0]] || 0, conv: i === 0 ? null : f.conversion[s[0]], itemStyle: { color: FUNNEL_COLORS[i] } }; }),
      }],
    };
  }

  function gaugeOption(t) {
    return {
      series: [{
        type: 'gauge', min: 0, max: 100, startAngle: 210, endAngle: -30, radius: '92%', center: ['50%', '58%'],
        progress: { show: true, width: 16, itemStyle: { color: C.brand } },
        axisLine: { lineStyle: { width: 16, color: [[1, '#e5e7eb']] } },
        pointer: { show: false }, axisTick: { show: false }, splitLine: { show: false },
        axisLabel: { distance: -36, color: C.muted, fontSize: 11, formatter: function (v) { return v % 50 === 0 ? v + '%' : ''; } },
        title: { offsetCenter: [0, '38%'], fontSize: 13, color: C.muted },
        detail: { offsetCenter: [0, '2%'], fontSize: 30, fontWeight: 600, color: C.ink, formatter: function () { return pct(t.takeUpRate); } },
        data: [{ value: t.takeUpRate || 0, name: '去化率' }],
      }],
    };
  }

  function trendOption(history) {
    var lastIndex = -1;
    history.forEach(function (h, i) { if (h.takeUpRate !== null) lastIndex = i; });
    return {
      grid: { left: 48, right: 20, top: 28, bottom: 28 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var h = history[ps[0].dataIndex];
        return esc(h.week) + '（截至 ' + esc(h.weekEnd) + '）<br>去化率：' + pct(h.takeUpRate) + '<br>已去化 ' + m2(h.takenM2) + ' / 可招商 ' + m2(h.marketableM2);
      } },
      xAxis: { type: 'category', data: history.map(function (h) { return h.week.replace(/^\d{4}-/, ''); }), axisLabel: { color: C.muted, fontSize: 11 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: C.muted } },
      series: [{
        type: 'line', name: '去化率', connectNulls: false, symbolSize: 7, lineStyle: { width: 2.5, color: C.brand }, itemStyle: { color: C.brand },
        areaStyle: { color: 'rgba(29,78,216,0.10)' },
        data: history.map(function (h, i) { return { value: h.takeUpRate, label: { show: i === lastIndex, position: 'top', formatter: function (p) { return pct(p.value); } } }; }),
      }],
    };
  }

  /** Signed investment against the annual target, for the node and each park directly under it, with 序时进度. */
  function targetRows(m) {
    var children = m.parks.filter(function (p) { return p.parentId === m.park.id; });
    var rows = [{ name: children.length ? '合计' : m.park.name, actual: m.signedInvestment.year, target: m.signedInvestment.annualTarget }];
    children.forEach(function (p) {
      rows.push({ name: p.parkName, actual: p.signedInvestmentThisYear, target: p.annualTarget });
    });
    rows.forEach(function (r) { r.progress = r.target ? Math.round(r.actual / r.target * 1000) / 10 : null; });
    var head = rows.shift();
    rows.sort(function (a, b) { return (b.progress === null ? -1 : b.progress) - (a.progress === null ? -1 : a.progress); });
    return [head].concat(rows);
  }
  function targetOption(rows, elapsed) {
    var max = Math.max(100, Math.ceil(Math.max.apply(null, rows.map(function (r) { return r.progress || 0; })) / 10) * 10);
    return {
      grid: { left: 8, right: 20, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var r = rows[ps[0].dataIndex];
        return esc(r.name) + '<br>本年签约：' + money(r.actual) + '<br>年度目标：' + money(r.target) + '<br>完成率：' + pct(r.progress) + '（序时 ' + pct(elapsed) + '）';
      } },
      xAxis: { type: 'value', max: max, axisLabel: { formatter: '{value}%', color: C.muted } },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }), axisLabel: { width: 110, overflow: 'truncate', color: C.ink } },
      series: [{
        type: 'bar', barMaxWidth: 16, showBackground: true, backgroundStyle: { color: '#f1f5f9' },
        data: rows.map(function (r) { return { value: r.progress || 0, itemStyle: { color: r.progress === null ? C.grey : (r.progress >= elapsed ? C.good : C.bad) } }; }),
        label: { show: true, position: 'insideLeft', color: C.ink, fontSize: 11, formatter: function (p) { var r = rows[p.dataIndex]; return pct(r.progress) + ' · ' + money(r.actual); } },
        markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: C.warn, width: 2 }, label: { formatter: '序时 ' + pct(elapsed), color: C.warn, position: 'start' }, data: [{ xAxis: elapsed }] },
      }],
    };
  }

  function roadshowOption(r) {
    var steps = [['参会企业', r.attendees], ['新增线索', r.leadsCreated], ['到实地考察', r.reachedVisit], ['到商务洽谈', r.reachedNegotiation], ['签约项目', r.signed]];
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: C.muted } },
      yAxis: { type: 'category', inverse: true, data: steps.map(function (s) { return s[0]; }), axisLabel: { color: C.ink } },
      series: [{ type: 'bar', name: '企业数', barMaxWidth: 18, label: { show: true, position: 'right' },
        data: steps.map(function (s, i) { return { value: s[1], itemStyle: { color: FUNNEL_COLORS[i] } }; }) }],
    };
  }

  function blockersNowOption(b) {
    var none = b.open + b.escalated === 0;
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）' },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10 },
      title: none ? { text: '暂无在办堵点', left: 'center', top: '42%', textStyle: { fontSize: 13, color: C.muted, fontWeight: 400 } } : undefined,
      series: [{
        type: 'pie', name: '当前堵点', center: ['50%', '46%'], radius: ['38%', '68%'], stillShowZeroSum: false,
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontSize: 14, fontWeight: 600 },
        data: [{ name: '在办', value: b.open, itemStyle: { color: C.sky } }, { name: '已提请调度', value: b.escalated, itemStyle: { color: C.bad } }],
      }],
    };
  }
  function blockersFlowOption(b) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10 },
      grid: { left: 8, right: 8, top: 30, bottom: 4, containLabel: true },
      xAxis: { type: 'category', data: ['提出', '提请调度', '解决'], axisLabel: { color: C.ink, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: C.muted } },
      series: [
        { type: 'bar', name: '本月', barMaxWidth: 16, itemStyle: { color: '#93c5fd' }, data: [b.thisMonth.raised, b.thisMonth.escalated, b.thisMonth.resolved] },
        { type: 'bar', name: '本年', barMaxWidth: 16, itemStyle: { color: C.brand }, data: [b.thisYear.raised, b.thisYear.escalated, b.thisYear.resolved] },
      ],
    };
  }

  function chainOption(chain) {
    var segs = chain.segments;
    return {
      title: { text: chain.name, subtext: '缺环 ' + chain.gaps.length + ' / ' + segs.length, left: 0, top: 0, textStyle: { fontSize: 13 }, subtextStyle: { color: chain.gaps.length ? C.bad : C.good }, itemGap: 4 },
      legend: { top: 4, right: 0, itemWidth: 12, itemHeight: 10, data: ['在园企业', '在跟线索'] },
      grid: { left: 8, right: 28, top: 48, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var s = segs[ps[0].dataIndex];
        return esc((POSITIONS[s.position] || s.position) + ' · ' + s.name) + (s.gap ? '（缺环）' : '') + '<br>在园企业：' + s.tenants + '<br>在跟线索：' + s.activeLeads;
      } },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: C.muted } },
      yAxis: {
        type: 'category', inverse: true, data: segs.map(function (s) { return s.segmentId; }),
        axisLabel: {
          formatter: function (value, i) { var s = segs[i]; return (s.gap ? '{gap|缺}' : '{pos|' + (POSITIONS[s.position] || '').slice(0, 1) + '}') + ' ' + s.name; },
          rich: { gap: { color: '#fff', backgroundColor: C.bad, borderRadius: 3, padding: [2, 3] }, pos: { color: C.muted, backgroundColor: '#f1f5f9', borderRadius: 3, padding: [2, 3] } },
        },
      },
      series: [
        { type: 'bar', name: '在园企业', barMaxWidth: 10, itemStyle: { color: C.good }, data: segs.map(function (s) { return s.tenants; }) },
        { type: 'bar', name: '在跟线索', barMaxWidth: 10, itemStyle: { color: C.sky }, data: segs.map(function (s) { return s.activeLeads; }) },
      ],
    };
  }

  // ── the page ──
  function render(m, takeUp, chainMap) {
    disposeCharts();
    var board = $('board');
    board.textContent = '';
    board.hidden = false;
    $('date').textContent = '统计日 ' + m.date;
    var s = m.signedInvestment, t = m.takeUp, r = m.roadshows, b = m.blockers, f = m.funnel;
    var inPipeline = STAGES.concat(SIDE_STAGES).reduce(function (n, st) { return n + (f.byStage[st[0]] || 0); }, 0);
    var behind = s.yearProgress === null ? null : Math.round((s.yearProgress - s.yearElapsed) * 10) / 10;

    board.appendChild(el('div', { className: 'kpis' }, [
      kpi('线索总数', num(inPipeline), '条', '整体转化 ' + pct(f.conversion.overall)),
      kpi('本年签约投资', money(s.year).split(' ')[0], money(s.year).split(' ')[1], '签约项目 ' + num(s.projectsSignedThisYear) + ' 个'),
      kpi('年度目标完成率', pct(s.yearProgress), '', s.annualTarget ? '目标 ' + money(s.annualTarget) : '未设年度目标', s.aheadOfSchedule === null ? '' : (s.aheadOfSchedule ? 'good' : 'bad')),
      kpi('序时进度', pct(s.yearElapsed), '', behind === null ? '—' : (behind >= 0 ? '超序时 ' + behind + ' 个百分点' : '落后序时 ' + (-behind) + ' 个百分点'), behind === null ? '' : (behind >= 0 ? 'good' : 'bad')),
      kpi('去化率', pct(t.takeUpRate), '', '已去化 ' + m2(t.takenM2) + ' / ' + m2(t.marketableM2)),
      kpi('场景招商', num(r.held), '场', '筹备中 ' + num(r.planned) + ' 场 · 新增线索 ' + num(r.leadsCreated)),
      kpi('堵点', num(b.open + b.escalated), '个', '在办 ' + num(b.open) + ' · 待调度 ' + num(b.escalated), b.escalated ? 'bad' : ''),
      kpi('亩均产值', m.perMu.outputPerMu === null ? '—' : money(m.perMu.outputPerMu).split(' ')[0], m.perMu.outputPerMu === null ? '' : money(m.perMu.outputPerMu).split(' ')[1] + '/亩', '亩均税收 ' + (m.perMu.taxPerMu === null ? '—' : money(m.perMu.taxPerMu) + '/亩')),
    ]));

    var drawing = [];
    function chart(name, option, height) {
      var box = chartBox(name, height);
      drawing.push(function () { return draw(box, option); });
      return box;
    }

    var sideNote = SIDE_STAGES.map(function (st) { return st[1] + ' ' + num(f.byStage[st[0]] || 0); }).join(' · ');
    var nowNote = STAGES.map(function (st) { return st[1] + ' ' + num(f.byStage[st[0]] || 0); }).join(' · ');
    var rows = targetRows(m);
    var grid = el('div', { className: 'grid' }, [
      card('招商漏斗', '各阶段曾到达的线索数与逐级转化率；整体转化 ' + pct(f.conversion.overall), [
        chart('funnel', funnelOption(f), 260),
        el('p', { className: 'sub', text: '当前在库：' + nowNote + ' · ' + sideNote }),
      ]),
      card('签约投资 · 年度目标 · 序时进度', '本月 ' + money(s.month) + ' · 本季 ' + money(s.quarter) + ' · 本年 ' + money(s.year) + ' / 目标 ' + money(s.annualTarget), [
        chart('target', targetOption(rows, s.yearElapsed), Math.max(220, rows.length * 34 + 50)),
      ]),
      card('场景招商成效', '本年已办 ' + num(r.held) + ' 场 · 筹备中 ' + num(r.planned) + ' 场 · 签约面积 ' + m2(r.signedM2) + ' · 签约投资 ' + money(r.signedInvestment), [
        chart('roadshows', roadshowOption(r), 260),
      ]),
      card('空间去化', '当前去化率与近 12 周走势；本年新签 ' + m2(t.newlySignedM2ThisYear) + (t.annualTargetM2 ? ' / 年度目标 ' + m2(t.annualTargetM2) : ''), [
        el('div', { className: 'pair take-up' }, [chart('take-up', gaugeOption(t), 230), chart('take-up-trend', trendOption(takeUp.history), 230)]),
      ], 'span2'),
      card('堵点与调度', '当前在办 ' + num(b.open) + ' 个，已提请调度 ' + num(b.escalated) + ' 个；本年解决 ' + num(b.thisYear.resolved) + ' 个', [
        el('div', { className: 'pair' }, [chart('blockers-now', blockersNowOption(b), 230), chart('blockers-flow', blockersFlowOption(b), 230)]),
      ]),
    ]);
    board.appendChild(grid);

    var children = m.parks.filter(function (p) { return p.parentId === m.park.id; });
    if (children.length) grid.appendChild(parksCard(children, s.yearElapsed));

    var chains = chainMap.chains;
    var chainBoxes = chains.map(function (c) {
      return el('div', {}, [
        chart('chain-' + c.chainId, chainOption(c), c.segments.length * 28 + 60),
        c.gaps.length ? el('div', { className: 'chips' }, c.gaps.map(function (g) { return el('span', { className: 'chip', text: g }); })) : el('p', { className: 'sub good', text: '链条完整，无缺环' }),
      ]);
    });
    grid.appendChild(card('产业链图谱', '各环节在园企业与在跟线索；标“缺”的环节为缺环（补链方向）', [
      chains.length ? el('div', { className: 'chains' }, chainBoxes) : el('div', { className: 'empty', text: '该节点暂无主导产业链' }),
      parkGaps(m, children.length > 0),
    ], 'wide'));

    // Charts are drawn once their containers are in the page (ECharts needs their size).
    Promise.all(drawing.map(function (d) { return d(); })).then(function () {
      document.body.dataset.park = m.park.id;
      document.body.dataset.state = 'ready';
    });
  }

  function parksCard(children, elapsed) {
    var rows = children.map(function (p) { return Object.assign({ progress: p.annualTarget ? Math.round(p.signedInvestmentThisYear / p.annualTarget * 1000) / 10 : null }, p); });
    rows.sort(function (a, b) { return (b.progress === null ? -1 : b.progress) - (a.progress === null ? -1 : a.progress); });
    var head = ['园区', '本年签约', '目标完成率', '去化率', '线索', '整体转化', '活动', '待调度'];
    var table = el('table', {}, [
      el('thead', {}, [el('tr', {}, head.map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', {}, rows.map(function (p, i) {
        var tone = p.progress === null ? '' : (p.progress >= elapsed ? 'good' : 'bad');
        return el('tr', {}, [
          el('td', {}, [el('a', { href: '#park=' + encodeURIComponent(p.parkId), 'data-park': p.parkId, text: (i + 1) + '. ' + p.parkName })]),
          el('td', { text: money(p.signedInvestmentThisYear) }),
          el('td', { className: tone, text: pct(p.progress) }),
          el('td', { text: pct(p.takeUpRate) }),
          el('td', { text: num(p.leads) }),
          el('td', { text: pct(p.conversion) }),
          el('td', { text: num(p.roadshowsThisYear) }),
          el('td', { className: p.blockersEscalated ? 'bad' : '', text: num(p.blockersEscalated) }),
        ]);
      })),
    ]);
    table.addEventListener('click', function (e) {
      var a = e.target.closest('a[data-park]');
      if (!a) return;
      e.preventDefault();
      $('park').value = a.dataset.park;
      show(a.dataset.park);
    });
    return card('园区排名', '按年度目标完成率排序（对照序时进度 ' + pct(elapsed) + '）', [el('div', { className: 'table-wrap' }, [table])], 'wide');
  }

  /** Each park's own gaps (metrics API). A node with parks under it is read through its parks. */
  function parkGaps(m, hasChildren) {
    var rows = m.chainGaps.filter(function (g) { return !(hasChildren && g.parkId === m.park.id); });
    if (!hasChildren || rows.length === 0) return null;
    return el('div', { className: 'table-wrap', style: 'margin-top:8px' }, [el('table', { className: 'left' }, [
      el('thead', {}, [el('tr', {}, ['各园区缺环', '产业链', '缺环数', '环节'].map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', {}, rows.map(function (g) {
        return el('tr', {}, [el('td', { text: g.parkName }), el('td', { text: g.chainName }), el('td', { text: String(g.gaps.length) }),
          el('td', { style: 'white-space:normal', text: g.gaps.map(function (x) { return x.name; }).join('、') })]);
      })),
    ])]);
  }

  // ── wiring ──
  $('sign-in').addEventListener('click', signIn);
  $('token').addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) signIn(); });
  $('logout').addEventListener('click', signOut);
  $('refresh').addEventListener('click', function () { show($('park').value, true); });
  $('park').addEventListener('change', function (e) { show(e.target.value); });
  window.addEventListener('hashchange', function () {
    var wanted = wantedPark();
    if (wanted && wanted !== state.showing && state.tree.has(wanted)) { $('park').value = wanted; show(wanted); }
  });
  var resizeTimer = 0;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { state.charts.forEach(function (c) { c.resize(); }); }, 120);
  });

  takeTokenFromUrl();
  if (typeof echarts === 'undefined') { banner('图表库加载失败，请检查网络或 DASHBOARD_ASSETS_URL。'); document.body.dataset.state = 'error'; return; }
  if (localStorage.getItem(TOKEN_KEY)) start(); else showLogin('');
})();
`;
