// Cockpit plugin (Camunda 7.14+ frontend plugin API), loaded by config.js (customScripts): the campaign's progress
// for supervisors, on Cockpit's dashboard and on a page of its own (#/thi-dua). It reads the application's own API
// (/api/..., authenticated by the Cockpit session), never the engine's tables. Every state, label and colour comes
// from the API (statuses): a new state of a congress needs no change here. Charts are Chart.js, served by the
// application itself (/webjars/chart.js/...), so nothing is fetched from outside.

const API = '/api';
const CHART_JS = '/webjars/chart.js/dist/chart.umd.js';
const ROUTE = '/thi-dua';

const LEVELS = {
  CO_SO: 'Cấp cơ sở',
  SO_NGANH_HUYEN: 'Cấp sở, ngành, huyện',
  TINH: 'Cấp tỉnh'
};

const STYLE = `
.thidua-plugin { font-size: 14px; }
.thidua-plugin h2 { font-size: 20px; margin: 8px 0 12px; }
.thidua-plugin h3 { font-size: 16px; margin: 20px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.thidua-plugin .thidua-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
.thidua-plugin .thidua-cards { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
.thidua-plugin .thidua-card { border: 1px solid #ddd; border-left: 6px solid #999; padding: 6px 10px; min-width: 150px; }
.thidua-plugin .thidua-card strong { display: block; font-size: 22px; }
.thidua-plugin .thidua-charts { display: flex; flex-wrap: wrap; gap: 16px; }
.thidua-plugin .thidua-bars { flex: 2 1 520px; min-height: 320px; position: relative; }
.thidua-plugin .thidua-rings { flex: 1 1 300px; display: flex; flex-wrap: wrap; gap: 8px; }
.thidua-plugin .thidua-ring { width: 200px; }
.thidua-plugin .thidua-ring p { text-align: center; margin: 4px 0 0; font-weight: bold; }
.thidua-plugin table { width: 100%; margin-bottom: 8px; }
.thidua-plugin td.n, .thidua-plugin th.n { text-align: right; }
.thidua-plugin tr.thidua-followed { background: #fff8e1; }
.thidua-plugin .thidua-note { color: #666; font-style: italic; }
.thidua-plugin .thidua-error { color: #a94442; }
`;

let chartLoading;
let scopeLoading;

/** Chart.js, loaded once from the application. */
function chartJs() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  if (!chartLoading) {
    chartLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.onload = () => resolve(window.Chart);
      script.onerror = () => reject(new Error('Không tải được thư viện biểu đồ.'));
      document.head.appendChild(script);
    });
  }
  return chartLoading;
}

async function getJson(path) {
  const response = await fetch(API + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    let message = 'Lỗi ' + response.status;
    try {
      message = (await response.json()).message || message;
    } catch (ignored) {
      // the answer had no JSON body: the status says enough
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** The caller's part of the campaigns; rejected with status 403 for a unit's official. */
function scope() {
  if (!scopeLoading) {
    scopeLoading = getJson('/progress/scope');
    scopeLoading.catch(() => {
      scopeLoading = undefined;
    });
  }
  return scopeLoading;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key === 'className') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null) {
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
  });
  return node;
}

/** yyyy-MM-dd as dd/MM/yyyy. */
function day(text) {
  if (!text) {
    return '';
  }
  const [y, m, d] = text.split('-');
  return d + '/' + m + '/' + y;
}

function number(value) {
  return (value || 0).toLocaleString('vi-VN');
}

/** The campaign to show first: the first that has not ended, else the latest. */
function chooseCampaign(campaigns) {
  const today = new Date().toISOString().substring(0, 10);
  const byEnd = campaigns.slice().sort((a, b) =>
    (a.levelLastDays.TINH || '').localeCompare(b.levelLastDays.TINH || ''));
  const running = byEnd.find(c => (c.levelLastDays.TINH || '') >= today);
  return (running || byEnd[byEnd.length - 1] || {}).id;
}

function statusCells(tally, statuses, group) {
  return statuses.map(s => el('td', {
    className: 'n', 'data-figure': 'status', 'data-group': group, 'data-status': s.code
  }, number(tally.byStatus[s.code])));
}

function tallyTable(dashboard) {
  const statuses = dashboard.statuses;
  const head = el('tr', {}, el('th', {}, 'Cấp / huyện, thành phố'), el('th', { className: 'n' }, 'Số đơn vị'),
    statuses.map(s => el('th', { className: 'n' }, s.label)), el('th', { className: 'n' }, 'Đang quá hạn'));
  const row = (label, tally, group) => el('tr', { 'data-group': group }, el('td', {}, label),
    el('td', { className: 'n', 'data-figure': 'units', 'data-group': group }, number(tally.units)),
    statusCells(tally, statuses, group),
    el('td', { className: 'n', 'data-figure': 'overdue', 'data-group': group }, number(tally.overdue)));
  return el('table', { className: 'table table-condensed table-bordered', 'data-table': 'tally' },
    el('thead', {}, head),
    el('tbody', {},
      dashboard.levels.map(l => row(l.label, l.tally, 'level-' + l.level)),
      dashboard.districts.map(d => row(d.districtName, d.tally, 'district-' + (d.districtCode || 'outside'))),
      row('Tổng cộng', dashboard.totals, 'total')));
}

function cards(dashboard) {
  const card = (label, value, colour, figure) => el('div', {
    className: 'thidua-card', style: 'border-left-color:' + colour
  }, label, el('strong', { 'data-figure': figure }, number(value)));
  return el('div', { className: 'thidua-cards' },
    card('Tổng số đơn vị', dashboard.totals.units, '#333', 'total-units'),
    dashboard.statuses.map(s => card(s.label, dashboard.totals.byStatus[s.code], s.colour, 'total-' + s.code)),
    card('Đang quá hạn', dashboard.totals.overdue, '#c62828', 'total-overdue'));
}

const charts = new WeakMap();

function destroyCharts(node) {
  (charts.get(node) || []).forEach(chart => chart.destroy());
  charts.set(node, []);
}

async function drawCharts(node, container, dashboard) {
  const Chart = await chartJs();
  const made = charts.get(node) || [];
  const districts = dashboard.districts.filter(d => d.tally.units > 0 || d.districtCode);
  const barsCanvas = el('canvas', { 'data-chart': 'districts', 'aria-label': 'Biểu đồ theo huyện, thành phố' });
  const rings = el('div', { className: 'thidua-rings' });
  container.appendChild(el('div', { className: 'thidua-bars' }, barsCanvas));
  container.appendChild(rings);
  made.push(new Chart(barsCanvas, {
    type: 'bar',
    data: {
      labels: districts.map(d => d.districtName),
      datasets: dashboard.statuses.map(s => ({
        label: s.label,
        backgroundColor: s.colour,
        data: districts.map(d => d.tally.byStatus[s.code] || 0)
      }))
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { title: { display: true, text: 'Theo huyện, thành phố' } }
    }
  }));
  dashboard.levels.filter(l => l.tally.units > 0).forEach(level => {
    const canvas = el('canvas', { 'data-chart': 'level-' + level.level });
    rings.appendChild(el('div', { className: 'thidua-ring' }, canvas,
      el('p', {}, LEVELS[level.level] || level.label)));
    made.push(new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: dashboard.statuses.map(s => s.label),
        datasets: [{
          data: dashboard.statuses.map(s => level.tally.byStatus[s.code] || 0),
          backgroundColor: dashboard.statuses.map(s => s.colour)
        }]
      },
      options: { animation: false, plugins: { legend: { display: false } } }
    }));
  });
  charts.set(node, made);
}

function statusLabel(dashboard, code) {
  const status = dashboard.statuses.find(s => s.code === code);
  return status ? status.label : code;
}

function districtName(dashboard, code) {
  const district = dashboard.districts.find(d => d.districtCode === code);
  return district ? district.districtName : '';
}

function overdueTable(dashboard, limit) {
  if (!dashboard.overdue.length) {
    return el('p', { 'data-list': 'overdue-empty' }, 'Không có đơn vị nào quá hạn.');
  }
  const lines = dashboard.overdue.slice(0, limit);
  return el('div', {},
    el('table', { className: 'table table-condensed table-striped', 'data-list': 'overdue' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Đơn vị'), el('th', {}, 'Huyện, thành phố'),
        el('th', {}, 'Hạn cuối'), el('th', { className: 'n' }, 'Số ngày quá hạn'), el('th', {}, 'Tình trạng'),
        el('th', {}, 'Phiên quy trình'))),
      el('tbody', {}, lines.map(line => el('tr', {
        className: line.followed ? 'thidua-followed' : '', 'data-unit': line.unitCode
      },
      el('td', {}, line.unitName), el('td', {}, districtName(dashboard, line.districtCode)),
      el('td', {}, day(line.lastDay)),
      el('td', { className: 'n', 'data-figure': 'days-late' }, number(line.daysLate)),
      el('td', {}, statusLabel(dashboard, line.status)),
      el('td', {}, el('a', { href: '#/process-instance/' + line.processInstanceId + '/runtime' }, 'Mở')))))),
    dashboard.overdueCount > lines.length
      ? el('p', { className: 'thidua-note' }, 'Và ' + (dashboard.overdueCount - lines.length) + ' đơn vị khác.')
      : null);
}

function calendar(dashboard) {
  const districtSelect = el('select', { className: 'form-control input-sm', 'data-filter': 'district' },
    el('option', { value: '' }, 'Mọi huyện, thành phố'),
    dashboard.districts.map(d => el('option', { value: d.districtCode || '-' }, d.districtName)));
  const levelSelect = el('select', { className: 'form-control input-sm', 'data-filter': 'level' },
    el('option', { value: '' }, 'Mọi cấp'),
    dashboard.levels.map(l => el('option', { value: l.level }, LEVELS[l.level] || l.label)));
  const body = el('tbody', {});
  const note = el('p', { className: 'thidua-note' });
  // the server narrows the calendar, so that a district's meetings are all there however large the province
  const fill = (answer) => {
    body.replaceChildren(...answer.meetings.map(m => el('tr', {
      className: m.followed ? 'thidua-followed' : '', 'data-unit': m.unitCode
    },
    el('td', { 'data-figure': 'meeting-date' }, day(m.meetingDate)), el('td', {}, m.sessionLabel || ''),
    el('td', {}, m.unitName), el('td', {}, districtName(dashboard, m.districtCode)),
    el('td', {}, m.venue || 'Theo kế hoạch của đơn vị'), el('td', {}, statusLabel(dashboard, m.status)))));
    note.textContent = answer.meetingCount === 0 ? 'Chưa có ngày họp nào được duyệt.'
      : answer.meetingCount > answer.meetings.length
        ? 'Hiện ' + answer.meetings.length + '/' + answer.meetingCount + ' cuộc họp; chọn huyện hoặc cấp để xem tiếp.'
        : answer.meetingCount + ' cuộc họp.';
  };
  let asked = 0;
  const refill = async () => {
    // only the answer to the latest choice is shown, whichever answer arrives last
    const mine = ++asked;
    const query = new URLSearchParams();
    if (districtSelect.value) {
      query.set('district', districtSelect.value);
    }
    if (levelSelect.value) {
      query.set('level', levelSelect.value);
    }
    note.textContent = 'Đang tải…';
    try {
      const answer = await getJson('/campaigns/' + encodeURIComponent(dashboard.campaignId) + '/dashboard?' + query);
      if (mine === asked) {
        fill(answer);
      }
    } catch (error) {
      if (mine === asked) {
        note.textContent = error.message;
      }
    }
  };
  districtSelect.addEventListener('change', refill);
  levelSelect.addEventListener('change', refill);
  fill(dashboard);
  return el('div', { 'data-list': 'meetings' },
    el('div', { className: 'thidua-toolbar' }, districtSelect, levelSelect),
    el('table', { className: 'table table-condensed table-striped' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Ngày'), el('th', {}, 'Buổi'), el('th', {}, 'Đơn vị'),
        el('th', {}, 'Huyện, thành phố'), el('th', {}, 'Địa điểm'), el('th', {}, 'Tình trạng'))),
      body),
    note);
}

function results(dashboard) {
  const r = dashboard.results;
  const lines = r.units;
  return el('div', { 'data-list': 'results' },
    el('div', { className: 'thidua-cards' },
      el('div', { className: 'thidua-card' }, 'Đơn vị đã báo cáo kết quả',
        el('strong', { 'data-figure': 'results-units' }, number(r.unitsReported))),
      el('div', { className: 'thidua-card' }, 'Đại biểu dự Đại hội, Hội nghị',
        el('strong', { 'data-figure': 'results-attendance' }, number(r.attendance))),
      el('div', { className: 'thidua-card' }, 'Tập thể được khen thưởng',
        el('strong', { 'data-figure': 'results-collectives' }, number(r.commendedCollectives))),
      el('div', { className: 'thidua-card' }, 'Cá nhân được khen thưởng',
        el('strong', { 'data-figure': 'results-individuals' }, number(r.commendedIndividuals))),
      el('div', { className: 'thidua-card' }, 'Đại biểu đi dự Đại hội cấp trên',
        el('strong', { 'data-figure': 'results-delegates' }, number(r.upperDelegates)))),
    lines.length ? el('table', { className: 'table table-condensed table-striped' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Đơn vị'), el('th', {}, 'Ngày tổ chức'),
        el('th', { className: 'n' }, 'Dự'), el('th', { className: 'n' }, 'Tập thể được khen'),
        el('th', { className: 'n' }, 'Cá nhân được khen'), el('th', { className: 'n' }, 'Đại biểu đi dự cấp trên'))),
      el('tbody', {}, lines.map(u => el('tr', { className: u.followed ? 'thidua-followed' : '', 'data-unit': u.unitCode },
        el('td', {}, u.unitName), el('td', {}, day(u.heldOn)), el('td', { className: 'n' }, number(u.attendance)),
        el('td', { className: 'n' }, number(u.commendedCollectives)),
        el('td', { className: 'n' }, number(u.commendedIndividuals)),
        el('td', { className: 'n' }, number(u.upperDelegates)))))) : null,
    r.unitsReported > lines.length
      ? el('p', { className: 'thidua-note' }, 'Và ' + (r.unitsReported - lines.length) + ' đơn vị khác.') : null);
}

function followedUnits(dashboard) {
  return el('table', { className: 'table table-condensed table-striped', 'data-list': 'followed' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Đơn vị'), el('th', {}, 'Tình trạng'), el('th', {}, 'Hạn cuối'),
      el('th', {}, 'Ngày họp'), el('th', {}, 'Phiên quy trình'))),
    el('tbody', {}, dashboard.followed.map(u => el('tr', { 'data-unit': u.unitCode },
      el('td', {}, u.unitName),
      el('td', {}, statusLabel(dashboard, u.status) + (u.overdue ? ' (quá hạn)' : '')),
      el('td', {}, day(u.lastDay)), el('td', {}, day(u.meetingDate)),
      el('td', {}, el('a', { href: '#/process-instance/' + u.processInstanceId + '/runtime' }, 'Mở'))))));
}

async function show(node, campaignId, compact) {
  destroyCharts(node);
  const content = el('div', {}, el('p', { className: 'thidua-note' }, 'Đang tải số liệu…'));
  node.replaceChildren(...[...node.children].filter(child => child.dataset.keep), content);
  let dashboard;
  try {
    dashboard = await getJson('/campaigns/' + encodeURIComponent(campaignId) + '/dashboard');
  } catch (error) {
    content.replaceChildren(el('p', { className: 'thidua-error' }, error.message));
    return;
  }
  const chartsBox = el('div', { className: 'thidua-charts' });
  // replaceChildren would write a null as the text "null": the parts left out are dropped first
  content.replaceChildren(...[
    el('p', { 'data-scope': dashboard.scope.kind },
      'Phạm vi: ' + dashboard.scope.label + '. Số liệu đến ngày ' + day(dashboard.asOf) + '.'),
    dashboard.followed.length ? el('h3', {}, 'Đơn vị tôi phụ trách') : null,
    dashboard.followed.length ? followedUnits(dashboard) : null,
    cards(dashboard),
    chartsBox,
    el('h3', {}, 'Theo cấp và theo huyện, thành phố'),
    tallyTable(dashboard),
    el('h3', {}, 'Đơn vị quá hạn'),
    overdueTable(dashboard, compact ? 10 : dashboard.listLimit),
    compact ? el('p', {}, el('a', { href: '#' + ROUTE, 'data-link': 'full-page' }, 'Xem đầy đủ: lịch họp, kết quả')) : null,
    compact ? null : el('h3', {}, 'Lịch Đại hội, Hội nghị đã duyệt'),
    compact ? null : calendar(dashboard),
    compact ? null : el('h3', {}, 'Đại biểu và điển hình tiên tiến đến nay'),
    compact ? null : results(dashboard)
  ].filter(Boolean));
  try {
    await drawCharts(node, chartsBox, dashboard);
  } catch (error) {
    chartsBox.replaceChildren(el('p', { className: 'thidua-error' }, error.message));
  }
}

/** The whole view: campaign picker, report buttons, figures. On 403 (a unit's official) it hides its section. */
async function render(node, compact) {
  node.classList.add('thidua-plugin');
  if (!document.getElementById('thidua-plugin-style')) {
    document.head.appendChild(el('style', { id: 'thidua-plugin-style' }, STYLE));
  }
  let caller;
  let campaigns;
  try {
    caller = await scope();
    campaigns = await getJson('/campaigns');
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      const section = node.closest('section.deprecate');
      (section || node).style.display = 'none';
      return;
    }
    node.replaceChildren(el('p', { className: 'thidua-error' }, error.message));
    return;
  }
  const select = el('select', { className: 'form-control input-sm', 'data-field': 'campaign' },
    campaigns.map(c => el('option', { value: c.id }, c.name + ' (' + c.id + ')')));
  select.value = chooseCampaign(campaigns) || '';
  const docx = el('a', { className: 'btn btn-default btn-sm', 'data-download': 'docx' }, 'Tải báo cáo gửi UBND tỉnh (Word)');
  const xlsx = el('a', { className: 'btn btn-default btn-sm', 'data-download': 'xlsx' }, 'Tải báo cáo (Excel)');
  const links = () => {
    docx.href = API + '/campaigns/' + encodeURIComponent(select.value) + '/report.docx';
    xlsx.href = API + '/campaigns/' + encodeURIComponent(select.value) + '/report.xlsx';
  };
  links();
  select.addEventListener('change', () => {
    links();
    show(node, select.value, compact);
  });
  node.replaceChildren(
    el('div', { 'data-keep': 'true' },
      el('h2', {}, 'Tiến độ Đại hội Thi đua yêu nước các cấp'),
      el('div', { className: 'thidua-toolbar' }, el('label', {}, 'Đợt thi đua: '), select,
        caller.kind === 'PROVINCE' ? docx : null, caller.kind === 'PROVINCE' ? xlsx : null)));
  if (select.value) {
    await show(node, select.value, compact);
  } else {
    node.appendChild(el('p', {}, 'Chưa có đợt thi đua nào.'));
  }
}

export default [
  {
    id: 'thiDuaDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      render(node, true);
    }
  },
  {
    id: 'thiDuaNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { path: ROUTE },
    render: node => {
      const link = el('a', { href: '#' + ROUTE, 'data-link': 'thi-dua' }, 'Tiến độ Đại hội');
      node.appendChild(link);
      scope().catch(() => {
        const item = node.closest('li');
        (item || node).style.display = 'none';
      });
    }
  },
  {
    id: 'thiDuaPage',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: ROUTE, label: 'Tiến độ Đại hội' },
    render: node => {
      const page = el('div', { className: 'container-fluid', 'data-page': 'thi-dua' });
      node.appendChild(page);
      render(page, false);
    }
  }
];
