// Self-check form: checks between fields that HTML attributes cannot express (the server checks them again with the
// same rules), the year headings following the chosen assessment year, the two earlier years opened in place (without
// JavaScript their button asks the server for the form again), and the "none happened" shortcut.
(function () {
  var form = document.getElementById('self-check-form');
  if (!form) {
    return;
  }

  function input(col, field) {
    return document.getElementById('records-' + col + '-' + field);
  }

  function number(el) {
    return el && el.value !== '' ? Number(el.value) : null;
  }

  // [field whose value is wrong, message data attribute, test that is true when the pair is inconsistent]
  var rules = [
    ['techStaff', 'msgTechStaff', function (col) {
      var staff = number(input(col, 'techStaff')), employees = number(input(col, 'employees'));
      return staff !== null && employees !== null && staff > employees;
    }],
    ['totalIncome', 'msgTotalIncome', function (col) {
      var total = number(input(col, 'totalIncome')), revenue = number(input(col, 'revenue'));
      return total !== null && revenue !== null && total < revenue;
    }],
    ['hitechRevenue', 'msgHitech', function (col) {
      var hitech = number(input(col, 'hitechRevenue'));
      var income = number(input(col, 'totalIncome'));
      if (income === null) {
        income = number(input(col, 'revenue'));
      }
      return hitech !== null && income !== null && hitech > income;
    }],
    ['rdExpenseDomestic', 'msgDomestic', function (col) {
      var domestic = number(input(col, 'rdExpenseDomestic')), rd = number(input(col, 'rdExpense'));
      return domestic !== null && rd !== null && domestic > rd;
    }]
  ];

  function columns() {
    return document.querySelectorAll('.years-table thead th[data-offset]').length;
  }

  function checkColumn(col) {
    rules.forEach(function (rule) {
      var el = input(col, rule[0]);
      if (el) {
        el.setCustomValidity(rule[2](col) ? form.dataset[rule[1]] : '');
      }
    });
  }

  form.addEventListener('input', function (event) {
    var col = event.target.getAttribute('data-col');
    if (col !== null) {
      checkColumn(col);
    }
  });

  form.addEventListener('submit', function (event) {
    for (var col = 0; col < columns(); col++) {
      checkColumn(col);
    }
    if (!form.checkValidity()) {
      event.preventDefault();
      form.reportValidity();
    }
  });

  // the headings name the accounting years that the chosen assessment year uses
  var year = document.getElementById('assessmentYear');
  year.addEventListener('change', function () {
    var caption = document.getElementById('latest-caption');
    caption.textContent = caption.textContent.replace(/\d{4}/, String(Number(year.value) - 1));
    document.querySelectorAll('.years-table thead th[data-offset]').forEach(function (th) {
      var label = th.querySelector('.year-label');
      var fiscal = Number(year.value) - Number(th.getAttribute('data-offset'));
      label.textContent = label.textContent.replace(/\d{4}/, String(fiscal));
      // the phone layout labels each cell with its year (data-year), so those follow too
      var column = Number(th.getAttribute('data-offset')) - 1;
      document.querySelectorAll('[data-col="' + column + '"]').forEach(function (input) {
        var cell = input.closest('td');
        cell.setAttribute('data-year', cell.getAttribute('data-year').replace(/\d{4}/, String(fiscal)));
      });
    });
  });

  // the earlier years, opened in place rather than by a round trip to the server
  var earlier = document.getElementById('show-earlier');
  if (earlier) {
    earlier.addEventListener('click', function (event) {
      event.preventDefault();
      document.getElementById('years-table').classList.add('show-earlier');
      earlier.closest('.earlier-offer').hidden = true;
      var first = document.querySelector('#years-table td.earlier input, #years-table td.earlier select');
      if (first) {
        first.focus();
      }
    });
  }

  // "none happened": every integrity question, asked once for all the years, answered "no"
  var none = document.getElementById('integrity-none');
  if (none) {
    none.addEventListener('click', function () {
      document.querySelectorAll('#group-INTEGRITY select').forEach(function (select) {
        select.value = 'false';
      });
    });
  }
}());
