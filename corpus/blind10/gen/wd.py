import sys, datetime as dt
W="月火水木金土日"
for a in sys.argv[1:]:
    y,m,d=map(int,a.split('-')); print(a, W[dt.date(y,m,d).weekday()])
