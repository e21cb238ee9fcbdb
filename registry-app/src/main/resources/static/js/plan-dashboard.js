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
    instance.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'inherit' } }, option));
    charts.push(instance);
  }

  var years = data.years.map(function (y) { return String(y.year); });
  chart('chart-trajectory', {
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 28 },
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
  });

  var areas = data.districts.concat([Object.assign({ district: 'HITECH_ZONE' }, data.hitechZone)]);
  chart('chart-districts', {
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: areas.map(function (d) { return d.name; }), axisLabel: { rotate: 40, interval: 0 } },
    yAxis: { type: 'value', min: 0 },
    series: [
      { name: labels.certified, type: 'bar', data: areas.map(function (d) { return d.certifiedNationalHte; }) },
      { name: labels.yearTarget, type: 'bar', data: areas.map(function (d) { return d.yearTarget; }),
        itemStyle: { color: '#c9d6ea' } }
    ]
  });

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
