// 倍增计划 dashboard charts (Apache ECharts from the webjar). The canvas renderer, drawn at twice the screen's pixel
// density so the charts stay sharp on paper: ECharts' SVG renderer writes inline style attributes, which the
// Content-Security-Policy refuses (docs/security.md). Animation is off so a chart is complete the moment it is drawn — printing right after load shows it whole.
// Tooltips are drawn inside the chart (renderMode 'richText'): ECharts' HTML tooltips carry inline style attributes,
// which the Content-Security-Policy refuses (docs/security.md).
// When every chart has rendered, <main> gets data-charts-ready="true" (the browser test waits for it).
(function () {
  'use strict';
  var source = document.getElementById('plan-dashboard-data');
  if (!source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var labels = data.labels;
  var charts = [];
  var pending = 0;

  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var instance = echarts.init(element, null,
      { renderer: 'canvas', devicePixelRatio: Math.max(2, window.devicePixelRatio || 1) });
    pending++;
    instance.on('finished', function () {
      if (--pending === 0) {
        document.querySelector('.plan-dashboard').setAttribute('data-charts-ready', 'true');
      }
    });
    var defaults = { animation: false, textStyle: { fontFamily: 'inherit' } };
    if (option.baseOption) {
      option.baseOption = Object.assign(defaults, option.baseOption);
    } else {
      option = Object.assign(defaults, option);
    }
    instance.setOption(option);
    charts.push(instance);
  }

  // A legend above the plot, on one line where the chart is wide enough for all its entries (ECharts does not move
  // the plot when a legend wraps, so a wrapped legend would cover it). Narrower than narrowWidth pixels — a phone, a
  // half-width column, English labels — one entry per line, and the plot starts below the last one.
  var LEGEND_LINE = 22;
  function withLegend(option, entries, narrowWidth) {
    option.legend = { top: 0, left: 'center', itemGap: 16 };
    option.grid = Object.assign({ top: LEGEND_LINE + 14, containLabel: true }, option.grid);
    return {
      baseOption: option,
      media: [{
        query: { maxWidth: narrowWidth },
        option: {
          legend: { orient: 'vertical', left: 0, itemGap: 6, textStyle: { fontSize: 12 } },
          grid: { top: entries * (LEGEND_LINE - 4) + 10 }
        }
      }]
    };
  }

  var years = data.years.map(function (y) { return String(y.year); });
  chart('chart-trajectory', withLegend({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 16, bottom: 8 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: 0 },
    series: [
      { name: labels.target, type: 'line', data: data.years.map(function (y) { return y.target; }),
        lineStyle: { type: 'dashed' } },
      { name: labels.certified, type: 'line', data: data.years.map(function (y) { return y.certifiedNationalHte; }) },
      { name: labels.reported, type: 'line', connectNulls: true, symbolSize: 8,
        data: data.years.map(function (y) { return y.reportedNationalHte; }) },
      { name: labels.pipeline, type: 'bar', barMaxWidth: 18,
        data: data.years.map(function (y) { return y.eligiblePipeline; }) }
    ]
  }, 4, 900));

  var areas = data.districts.concat([Object.assign({ district: 'HITECH_ZONE' }, data.hitechZone)]);
  chart('chart-districts', withLegend({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 16, bottom: 8 },
    // every district named, turned so that neighbours do not overlap; containLabel keeps the names inside the box
    // names in the reader's language (the data's own are the API's Chinese ones)
    xAxis: { type: 'category', data: areas.map(function (d) { return data.districtNames[d.district] || d.name; }),
      axisLabel: { rotate: 50, interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', min: 0 },
    series: [
      { name: labels.certified, type: 'bar', data: areas.map(function (d) { return d.certifiedNationalHte; }) },
      { name: labels.yearTarget, type: 'bar', data: areas.map(function (d) { return d.yearTarget; }),
        itemStyle: { color: '#c9d6ea' } }
    ]
  }, 2, 480));

  chart('chart-funnel', {
    tooltip: { trigger: 'item', renderMode: 'richText' },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', top: 16, bottom: 16, minSize: '20%',
      label: { show: true, position: 'inside', formatter: '{b}\n{c}' },
      data: [
        { name: labels.techSme, value: data.funnel.techSme },
        { name: labels.provincialHte, value: data.funnel.provincialHte },
        { name: labels.nationalHte, value: data.funnel.nationalHte }
      ]
    }]
  });

  function resizeAll() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resizeAll);
  // the print layout has other widths: redraw for it and back
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
}());
