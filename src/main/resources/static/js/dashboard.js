// Dashboard charts (ECharts, no map tiles): the trend of the chosen indicator, a treemap of the
// child units coloured by the value (the schematic map), and a bar chart by child unit.
(function () {
    var d = window.dashboardData;
    if (!d || typeof echarts === 'undefined') {
        return;
    }
    var fmt = function (v) {
        return v === null || v === undefined ? d.noData : Number(v).toLocaleString('vi-VN');
    };
    var charts = [];
    var trend = echarts.init(document.getElementById('chart-trend'), null, {renderer: 'svg'});
    trend.setOption({
        animation: false,
        grid: {left: 60, right: 20, top: 20, bottom: 40},
        tooltip: {trigger: 'axis', valueFormatter: fmt},
        xAxis: {type: 'category', data: d.trend.map(function (p) { return p.label; }), axisLabel: {fontSize: 10}},
        yAxis: {type: 'value', minInterval: 1},
        series: [{type: 'line', name: d.label, data: d.trend.map(function (p) { return p.value; }), label: {show: true}}]
    });
    charts.push(trend);

    var values = d.children.map(function (c) { return c.value; });
    var max = Math.max.apply(null, values.concat([1]));
    var map = echarts.init(document.getElementById('chart-map'), null, {renderer: 'svg'});
    map.setOption({
        animation: false,
        tooltip: {formatter: function (p) { return p.name + ': ' + fmt(p.data.real); }},
        series: [{
            type: 'treemap', roam: false, nodeClick: false, breadcrumb: {show: false}, top: 0, bottom: 0, left: 0, right: 0,
            squareRatio: 1, itemStyle: {borderColor: '#fff', borderWidth: 1, gapWidth: 1},
            label: {show: true, fontSize: 10, formatter: function (p) { return p.name + '\n' + fmt(p.data.real); }},
            // Every child unit gets a tile of the same size; the colour carries the value.
            data: d.children.map(function (c) {
                var t = c.value / max;
                return {name: c.name, value: 1, real: c.value, url: c.dashboard,
                    itemStyle: {color: colour(t)}, label: {color: t > 0.5 ? '#fff' : '#1b2b24'}};
            })
        }]
    });
    map.on('click', function (p) { if (p.data && p.data.url) { window.location.href = p.data.url; } });
    charts.push(map);

    function colour(t) {
        var a = [232, 243, 238], b = [31, 78, 61];
        var c = a.map(function (x, i) { return Math.round(x + (b[i] - x) * Math.max(0, Math.min(1, t))); });
        return 'rgb(' + c.join(',') + ')';
    }

    var sorted = d.children.slice().sort(function (a, b) { return a.value - b.value; });
    var bars = echarts.init(document.getElementById('chart-children'), null, {renderer: 'svg'});
    bars.setOption({
        animation: false,
        grid: {left: 150, right: 40, top: 10, bottom: 20},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: fmt},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', data: sorted.map(function (c) { return c.name; }), axisLabel: {fontSize: 10}},
        series: [{type: 'bar', name: d.label, data: sorted.map(function (c) { return {value: c.value, url: c.link || c.dashboard}; }),
            itemStyle: {color: '#1f4e3d'}, label: {show: true, position: 'right', fontSize: 10}}]
    });
    bars.on('click', function (p) { if (p.data && p.data.url) { window.location.href = p.data.url; } });
    charts.push(bars);
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    document.body.setAttribute('data-charts', 'ready');
}());
